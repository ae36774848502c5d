/** Says, in the map's place, why the map is not what it should be (an alert: it matters now). */
export function showNotice(message: string): void {
  const notice = document.getElementById('notice');
  if (!notice) return;
  notice.hidden = false;
  notice.textContent = message;
}

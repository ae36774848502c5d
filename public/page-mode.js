// A blocking script of a few bytes in <head>, run before the page is first drawn: it marks the
// embed layout (embed=1, read as src/model/url-state.ts reads it: the query, else the hash) so
// that the page is laid out as an embed from its first frame. Set later by the app's module, the
// masthead would rearrange after the first paint: layout shift (issue 18). Plain ES5, no imports.
//
// It also asks for the data's index at once, as the app's DataClient would (relative to the page,
// never from a stale cache), and once it is in, for the files every first view needs (its
// `firstView`, src/model/first-view-files.ts): the main script takes about 120 ms more to arrive
// and run, and the first view waits for these. The app takes the responses from here
// (src/app/data-client.ts), each once, and asks again itself for anything but a sound one.
(function () {
  var search = location.search.length > 1 ? location.search : location.hash.replace(/^#/, '');
  if (new URLSearchParams(search).get('embed') === '1')
    document.documentElement.setAttribute('data-embed', '1');
  if (!window.fetch) return;
  var files = {};
  var ask = function (file) {
    files[file] = fetch('data/' + file).catch(function () {
      return null;
    });
  };
  window.territoryMapEarly = fetch('data/manifest.json', { cache: 'no-cache' })
    .then(function (response) {
      var early = { manifest: response, files: files };
      if (!response.ok) return early;
      return response
        .clone()
        .json()
        .then(function (index) {
          if (Array.isArray(index.firstView)) index.firstView.forEach(ask);
          return early;
        })
        .catch(function () {
          return early;
        });
    })
    .catch(function () {
      return null;
    });
})();

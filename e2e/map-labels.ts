import { expect, type FrameLocator, type Page } from '@playwright/test';
import { interactive } from './page-watch.ts';

/**
 * A name the map has drawn (the map keeps a hidden list of the names MapLibre placed on screen, see
 * src/map/rendered-labels.ts): its text and its anchor in the page's CSS pixels. Waits for MapLibre
 * to have taken over from the first view's SVG map, and for the name to be drawn.
 */
export async function drawnLabel(root: Page | FrameLocator, id: string) {
  await interactive(root);
  const item = root.locator(`#map .map-labels li[data-id="${id}"]`).first();
  await expect(item).toBeAttached({ timeout: 30_000 });
  const map = (await root.locator('#map').boundingBox())!;
  const [x, y, text] = await item.evaluate((li) => [
    Number((li as HTMLElement).dataset.x),
    Number((li as HTMLElement).dataset.y),
    li.textContent ?? '',
  ]);
  return { x: map.x + (x as number), y: map.y + (y as number), text: text as string };
}

/**
 * The names MapLibre has drawn now, by layer: `unit-names`, `place-names`, `selected-place`. For
 * `expect.poll`, so it waits for nothing: call `interactive()` first (the SVG map of the first view
 * keeps no such list).
 */
export function drawnNames(root: Page | FrameLocator, layer: string): Promise<string[]> {
  return root.locator(`#map .map-labels li[data-layer="${layer}"]`).allTextContents();
}

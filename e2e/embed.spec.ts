import { expect, test, type Frame, type Page } from '@playwright/test';
import { interactive, watchPage } from './page-watch.ts';
import { articleOrigin } from './ports.ts';

/**
 * The demo article, served from another origin than the app (e2e/article-server.ts), as a
 * newsroom's page would be.
 */
const ARTICLE = `${articleOrigin}/article/`;

async function openArticle(page: Page) {
  // What the host script passes on to the page: each map's state, as events on its element.
  await page.addInitScript(() => {
    const states: unknown[] = [];
    Object.assign(window, { mapStates: states });
    document.addEventListener(
      'territory-map:state',
      (e) => states.push((e as CustomEvent).detail),
      true,
    );
  });
  await page.goto(ARTICLE);
  const iframes = page.locator('iframe');
  await expect(iframes).toHaveCount(2);
  return iframes;
}

async function readyFrame(page: Page, index: number): Promise<Frame> {
  const iframe = page.locator('iframe').nth(index);
  await iframe.scrollIntoViewIfNeeded();
  const frame = (await iframe.elementHandle())!.contentFrame();
  const content = (await frame)!;
  await expect(content.locator('html')).toHaveAttribute('data-map-state', 'ready', {
    timeout: 30_000,
  });
  return content;
}

/** The iframe's height on the page, and the height of the map's content inside it. */
async function heights(page: Page, index: number, frame: Frame) {
  const outer = await page
    .locator('iframe')
    .nth(index)
    .evaluate((f) => f.clientHeight);
  const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  return { outer, inner };
}

test.describe('embedding in an article on another origin', () => {
  test('both maps load their configured state, titled, full width, with credits', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!, [ARTICLE]);
    const iframes = await openArticle(page);
    await expect(iframes.first()).toHaveAttribute('title', /Interactive map of Ukraine/);
    await expect(iframes.nth(1)).toHaveAttribute('title', /Інтерактивна мапа України/);
    await expect(iframes.first()).toHaveAttribute('loading', 'lazy');

    const first = await readyFrame(page, 0);
    await expect(
      first.getByRole('radio', { name: 'Istanbul, 16 May 2025: Russia’s demands' }),
    ).toBeChecked();
    await expect(first.locator('#details h2')).toHaveText('Donetsk');
    await expect(first.locator('#credits')).toContainText('DeepStateMap.live');
    const fullMap = first.getByRole('link', { name: 'Open the full map' });
    const href = new URL((await fullMap.getAttribute('href'))!, first.url());
    expect(href.searchParams.get('scenario')).toBe('istanbul-2025');
    expect(href.searchParams.get('region')).toBe('UA-14');
    expect(href.searchParams.has('embed')).toBe(false);

    const second = await readyFrame(page, 1);
    await expect(second.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(
      second.getByRole('radio', { name: 'Україна: без виведення військ' }),
    ).toBeChecked();

    const states = await page.evaluate(
      () => (window as unknown as { mapStates: unknown[] }).mapStates,
    );
    expect(states).toContainEqual({
      scenario: 'istanbul-2025',
      date: '2025-05-16',
      since: null,
      region: 'UA-14',
      place: null,
      lang: 'en',
    });

    const articleWidth = await page.locator('article').evaluate((a) => a.clientWidth);
    expect(await iframes.first().evaluate((f) => f.clientWidth)).toBeGreaterThanOrEqual(
      articleWidth,
    );
    watch.check();
  });

  test('a plain iframe, without scripts on the page, holds the whole view and shows the credit on the map', async ({
    page,
  }) => {
    await page.goto(`${articleOrigin}/plain/`);
    const iframes = page.locator('iframe');
    await expect(iframes).toHaveCount(2);
    for (const index of [0, 1]) {
      const frame = await readyFrame(page, index);
      await expect(frame.locator('html')).toHaveAttribute('data-parts', 'ready');
      const { outer, inner } = await heights(page, index, frame);
      expect(
        inner,
        `plain iframe ${index}: content ${inner} px in ${outer} px`,
      ).toBeLessThanOrEqual(outer);
      // The credit on the map, inside the map's box.
      const credit = (await frame.locator('.map-credit').boundingBox())!;
      const map = (await frame.locator('#map').boundingBox())!;
      await expect(frame.locator('.map-credit')).toHaveText('DeepStateMap.live');
      expect(credit.y + credit.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
      expect(credit.y).toBeGreaterThanOrEqual(map.y);
    }
  });

  test('each iframe’s height follows its content, growing and shrinking', async ({ page }) => {
    await openArticle(page);
    const frame = await readyFrame(page, 1);
    await expect
      .poll(async () => heights(page, 1, frame))
      .toEqual(expect.objectContaining({ outer: (await heights(page, 1, frame)).inner }));
    const folded = (await heights(page, 1, frame)).outer;

    await frame.getByRole('button', { name: 'Про цей вигляд' }).click();
    await expect
      .poll(async () => (await heights(page, 1, frame)).outer)
      .toBeGreaterThan(folded + 100);
    const { outer, inner } = await heights(page, 1, frame);
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(1);

    await frame.getByRole('button', { name: 'Про цей вигляд' }).click();
    await expect.poll(async () => (await heights(page, 1, frame)).outer).toBe(folded);
  });

  test('a scenario chosen in the map stays under the finger while the map grows above it', async ({
    page,
  }) => {
    await openArticle(page);
    const frame = await readyFrame(page, 0);
    await expect(frame.locator('html')).toHaveAttribute('data-parts', 'ready');
    // From Istanbul (two entries in the legend) to the US draft (three, and a longer sentence).
    const radio = frame.getByRole('radio', { name: 'The US draft of April 2025' });
    await radio.scrollIntoViewIfNeeded();
    const before = (await radio.boundingBox())!.y;
    const height = (await heights(page, 0, frame)).outer;
    // What the article hears from the map from the tap on.
    await page.evaluate(() => {
      const heard: unknown[] = [];
      (window as unknown as { heard: unknown[] }).heard = heard;
      const map = document.querySelectorAll('iframe')[0]!.contentWindow;
      addEventListener('message', (event) => {
        if (event.source === map) heard.push(event.data);
      });
    });
    await radio.click();
    await expect(radio).toBeChecked();
    await expect.poll(async () => (await heights(page, 0, frame)).outer).not.toBe(height);
    await expect
      .poll(async () => Math.abs((await radio.boundingBox())!.y - before))
      .toBeLessThanOrEqual(2);
    // The new height comes with its scroll, in one message: a height alone first would have the
    // article resize the frame in one task and scroll in the next, the control off in between.
    const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
    const sized = heard.filter(
      (m): m is { height: number; keep?: number } =>
        (m as { type?: string }).type === 'territory-map:height',
    );
    expect(sized[0]?.keep, JSON.stringify(sized)).toEqual(expect.any(Number));
  });

  test('on a phone, the timeline stays under the finger while the sentence above it changes length', async ({
    page,
    isMobile,
  }) => {
    // The frame is as tall as its content and the article does not know where in it the reader
    // is: only the map can say how far to scroll (keep). A desktop's wider frame keeps the
    // sentence at one length.
    test.skip(!isMobile, 'the sentence changes length only in a narrow frame');
    await page.goto(`${articleOrigin}/timeline/`);
    const frame = await readyFrame(page, 0);
    await expect(frame.locator('html')).toHaveAttribute('data-parts', 'ready');
    const slider = frame.getByRole('slider').first();
    await slider.scrollIntoViewIfNeeded();
    const at = (await slider.boundingBox())!.y;
    const summary = frame.locator('#summary');
    const heights = new Set<number>();
    await slider.focus();
    // On a month at a time (PageUp), and a day (ArrowRight), through two years.
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press(step % 2 ? 'ArrowRight' : 'PageUp');
      heights.add(Math.round((await summary.boundingBox())!.height));
      await expect
        .poll(async () => Math.abs((await slider.boundingBox())!.y - at), {
          message: `step ${step}`,
        })
        .toBeLessThanOrEqual(2);
    }
    // The sentence did change length: the test moved through what it is about.
    expect(heights.size).toBeGreaterThan(1);
  });

  test('the host script ignores messages from other windows and malformed ones', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!, [ARTICLE]);
    await openArticle(page);
    const frame = await readyFrame(page, 0);
    const iframe = page.locator('iframe').first();
    await expect
      .poll(async () => (await heights(page, 0, frame)).outer)
      .toBe((await heights(page, 0, frame)).inner);
    const settled = await iframe.evaluate((f) => f.clientHeight);

    // From the article itself, and from a frame of the article's origin: not the map's windows.
    await page.evaluate(() => {
      postMessage({ type: 'territory-map:height', height: 300 }, '*');
      const stranger = document.createElement('iframe');
      stranger.srcdoc =
        "<script>parent.postMessage({ type: 'territory-map:height', height: 300 }, '*')</script>";
      document.body.append(stranger);
    });
    // From the map's own window, malformed: wrong types, absurd sizes, markup.
    await frame.evaluate(() => {
      for (const height of ['300px', Number.NaN, -5, 1e9, null, { value: 300 }, [300]])
        parent.postMessage({ type: 'territory-map:height', height }, '*');
      for (const message of [null, 'territory-map:height', 42, [], { type: '<b>' }])
        parent.postMessage(message, '*');
    });
    // A scroll asked for with the height: only a finite number of pixels within reason.
    const scrolled = await page.evaluate(() => scrollY);
    const height = settled;
    await frame.evaluate((height) => {
      for (const keep of ['300', Number.NaN, Infinity, 5000, -5000, null, { by: 300 }])
        parent.postMessage({ type: 'territory-map:height', height, keep }, '*');
    }, height);
    await page.waitForTimeout(500);
    expect(await iframe.evaluate((f) => f.clientHeight)).toBe(settled);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await page.locator('b').count()).toBe(0);
    watch.check();
  });

  test('a wheel over an embedded map scrolls the article, not the map', async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'phones have no wheel; the touch test covers them');
    await openArticle(page);
    const frame = await readyFrame(page, 0);
    // MapLibre's cooperative gestures are what is tested: it has taken over from the SVG map.
    await interactive(frame);
    const { x, y } = await mapCentre(page, frame);
    await page.mouse.move(x, y);
    const before = await page.evaluate(() => scrollY);
    const labelBefore = await labelPosition(frame);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
    expect(await labelPosition(frame)).toEqual(labelBefore);
  });

  test('a one-finger drag over an embedded map scrolls the article, not the map', async ({
    page,
    isMobile,
  }) => {
    test.skip(!isMobile, 'needs a touch screen');
    await openArticle(page);
    const frame = await readyFrame(page, 0);
    // MapLibre's cooperative gestures are what is tested: it has taken over from the SVG map.
    await interactive(frame);
    const { x, y } = await mapCentre(page, frame);
    const before = await page.evaluate(() => scrollY);
    const labelBefore = await labelPosition(frame);
    const cdp = await page.context().newCDPSession(page);
    const touch = (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      points: { x: number; y: number }[],
    ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    await touch('touchStart', [{ x, y }]);
    for (let step = 1; step <= 10; step++) await touch('touchMove', [{ x, y: y - step * 25 }]);
    await touch('touchEnd', []);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
    expect(await labelPosition(frame)).toEqual(labelBefore);
  });
});

/** The centre of the first embedded map, in the article page's coordinates. */
async function mapCentre(page: Page, frame: Frame) {
  const iframe = (await page.locator('iframe').first().boundingBox())!;
  const map = (await frame.locator('#map').boundingBox())!;
  return { x: iframe.x + map.x + map.width / 2, y: iframe.y + map.y + map.height / 2 };
}

/**
 * Where Donetsk's label sits within the map: it moves if the map pans or zooms, and not when only
 * the page scrolls.
 */
async function labelPosition(frame: Frame) {
  // The list of drawn names is brought up to date when the map settles: a pan or zoom the gesture
  // started would have settled within this time.
  await frame.waitForTimeout(1500);
  const label = frame.locator('#map .map-labels li[data-id="UA-14"]');
  return label.evaluate((li) => [(li as HTMLElement).dataset.x, (li as HTMLElement).dataset.y]);
}

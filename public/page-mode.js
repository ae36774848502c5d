// A blocking script of a few bytes in <head>, run before the page is first drawn: it marks the
// embed layout (embed=1, read as src/model/url-state.ts reads it: the query, else the hash) so
// that the page is laid out as an embed from its first frame. Set later by the app's module, the
// masthead would rearrange after the first paint: layout shift (issue 18). Plain ES5, no imports.
//
// It also asks for the data's index at once, as the app's DataClient would (relative to the page,
// never from a stale cache), and once it is in, for the files every first view needs (its
// `firstView`, src/model/first-view-files.ts) and for the held area of the address's date: the
// main script takes about 120 ms more to arrive and run, and the first view waits for these. The
// app takes the index and the files as read here (src/app/data-client.ts), each once, and asks
// again itself for anything that could not be read, or for what this did not find.
(function () {
  var search = location.search.length > 1 ? location.search : location.hash.replace(/^#/, '');
  var params = new URLSearchParams(search);
  if (params.get('embed') === '1') document.documentElement.setAttribute('data-embed', '1');
  // The Cyrillic faces of the map's names, preloaded only for a map in Ukrainian: the address's
  // `lang`, else the reader's browser's, as src/model/url-state.ts reads them (langOfUrl,
  // browserLang). An English map leaves them out (src/map/label-fonts.ts).
  if (langOf(params.get('lang'), navigator.languages || []) === 'uk') {
    var cyrillic = document.querySelectorAll('link[data-label-subset="cyrillic"]');
    for (var k = 0; k < cyrillic.length; k++) cyrillic[k].media = 'all';
  }
  if (!window.fetch) return;
  var files = {};
  // Each file is read as it arrives, while the main script is still on its way or being run: the
  // app finds it parsed. Null for anything but a sound file (the app asks again, to name the error).
  var ask = function (file) {
    files[file] = fetch('data/' + file)
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .catch(function () {
        return null;
      });
  };
  window.territoryMapEarly = fetch('data/manifest.json', { cache: 'no-cache' })
    .then(function (response) {
      var early = { index: null, files: files };
      if (!response.ok) return early;
      return response
        .json()
        .then(function (index) {
          early.index = index;
          if (Array.isArray(index.firstView)) index.firstView.forEach(ask);
          var held = heldFile(index);
          if (held) ask(held);
          return early;
        })
        .catch(function () {
          return early;
        });
    })
    .catch(function () {
      return null;
    });

  function langOf(requested, languages) {
    if (requested === 'en' || requested === 'uk') return requested;
    for (var i = 0; i < languages.length; i++) {
      var primary = languages[i].toLowerCase().split('-')[0];
      if (primary === 'uk' || primary === 'en') return primary;
    }
    return 'en';
  }

  // The held area's file of the date the app will show first, as src/model/url-state.ts reads it
  // from the address: its `date` where the index has that very day, else its scenario's default
  // date (the first scenario's where it names none the index knows). Named as snapshotFile in
  // src/model/data-manifest.ts names it. Null where the index cannot say (the app asks itself).
  function heldFile(index) {
    var defaults = (index.editorial && index.editorial.defaultDates) || {};
    var scenario = params.get('scenario');
    if (!Object.prototype.hasOwnProperty.call(defaults, scenario))
      scenario = Object.keys(defaults)[0];
    var date = params.get('date') || defaults[scenario];
    var days = [].concat(index.references || []);
    var series = index.series || { dates: [] };
    for (var i = 0; i < series.dates.length; i++)
      days.push({ date: series.dates[i], hash: series.hashes[i] });
    for (var j = 0; j < days.length; j++)
      if (days[j].date === date) return 'control/' + date + '.' + days[j].hash + '.topo.json';
    return null;
  }
})();

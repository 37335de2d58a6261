// Live reload for `mvn site-serve`: added to pages by the dev server only, never to the built site.
(function () {
  "use strict";
  // The page's path in the site, as the server names the pages a reload concerns: given by the
  // server, since the address may differ (a site's published path, a folder's index page).
  var script = document.currentScript;
  var here = script && script.getAttribute("data-page");
  if (!here) {
    here = decodeURIComponent(location.pathname).replace(/^\//, "") || "index.html";
    if (here.endsWith("/")) here += "index.html";
  }
  var overlay = null;

  function showProblems(lines) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;" +
        "background:#2b0b0b;color:#ffe9e9;font:13px/1.5 ui-monospace,monospace;padding:12px 16px;" +
        "border-top:3px solid #ff6b6b;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "Build failed; showing the last good page.\n\n" + lines.join("\n");
  }

  // The page says what it was served, so that the server can tell it to reload at once if the
  // page changed before it listened (or while the server was restarted).
  var served = script ? script.getAttribute("data-served") : null;
  function listen() {
    var source = new EventSource("/__dev/events" + (served
      ? "?page=" + encodeURIComponent(here) + "&served=" + encodeURIComponent(served) : ""));
    source.addEventListener("problems", function (e) { showProblems(JSON.parse(e.data)); });
    source.addEventListener("reload", function (e) {
      var changed = JSON.parse(e.data);
      var mine = changed.indexOf(here) >= 0 || changed.some(function (p) { return p.indexOf("assets/") === 0; });
      if (mine || overlay) location.reload();
    });
    // A stream the browser gives up on (the server refused it: too many pages open) is asked for
    // again a little later; a dropped one the browser reopens by itself.
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) setTimeout(listen, 10000);
    };
  }
  listen();
})();

// Shows the park on a Leaflet map when JavaScript and Leaflet are available. The page
// already gives the address and coordinates as text; this only adds the picture.
// Everything comes from data- attributes: no inline script, so a strict CSP holds.
(function () {
  "use strict";

  function init() {
    var element = document.getElementById("park-map");
    if (!element || typeof window.L === "undefined") {
      return;
    }
    var lat = parseFloat(element.dataset.lat);
    var lng = parseFloat(element.dataset.lng);
    if (!isFinite(lat) || !isFinite(lng) || !element.dataset.tiles) {
      return;
    }
    element.hidden = false;
    var map = window.L.map(element, { scrollWheelZoom: false }).setView([lat, lng], 14);
    window.L.tileLayer(element.dataset.tiles, {
      maxZoom: 19,
      attribution: element.dataset.attribution || ""
    }).addTo(map);
    window.L.marker([lat, lng], { title: element.dataset.label || "" })
      .addTo(map)
      .bindPopup(element.dataset.label || "");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

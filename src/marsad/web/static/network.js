// The actor network: reads /api/relations (the URL in #graph's data-src) and draws it with Cytoscape.js.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box || typeof cytoscape === "undefined") { return; }
  var colours = { state: "#0b6e4f", person: "#2146a8", organization: "#9a5b00", armed_group: "#a4262c" };
  fetch(box.getAttribute("data-src"), { headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (rows) {
      var nodes = {}, edges = {};
      rows.forEach(function (r) {
        [["source", r.source], ["target", r.target]].forEach(function (pair) {
          var side = pair[0], id = pair[1];
          if (!nodes[id]) {
            nodes[id] = { data: { id: id, label: r[side + "_name_ar"] || r[side + "_name"] || id,
                                  latin: r[side + "_name"] || "", kind: r[side + "_kind"] || "", weight: 0 } };
          }
          nodes[id].data.weight += r.count;
        });
        var key = r.source + "|" + r.target;
        if (!edges[key]) { edges[key] = { data: { id: key, source: r.source, target: r.target, count: 0, types: [] } }; }
        edges[key].data.count += r.count;
        edges[key].data.types.push(r.type + " " + r.count);
      });
      var elements = Object.keys(nodes).map(function (k) { return nodes[k]; })
        .concat(Object.keys(edges).map(function (k) { return edges[k]; }));
      box.setAttribute("data-nodes", String(Object.keys(nodes).length));
      box.setAttribute("data-edges", String(Object.keys(edges).length));
      if (!elements.length) { box.textContent = "—"; return; }
      var cy = cytoscape({
        container: box, elements: elements, wheelSensitivity: 0.3,
        layout: { name: "cose", animate: false, nodeRepulsion: 40000, idealEdgeLength: 160, nodeOverlap: 40 },
        style: [
          { selector: "node", style: { "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-outline-color": "#fff", "text-outline-width": 2,
              "width": "mapData(weight, 1, 60, 14, 48)", "height": "mapData(weight, 1, 60, 14, 48)",
              "background-color": function (n) { return colours[n.data("kind")] || "#667085"; } } },
          { selector: "edge", style: { "width": "mapData(count, 1, 20, 1, 9)", "line-color": "#b8c2d1",
              "curve-style": "haystack", "opacity": 0.8 } }
        ]
      });
      cy.on("tap", "node", function (evt) { window.location.href = "/actors/" + evt.target.id(); });
      box.setAttribute("data-ready", "1");
    })
    .catch(function () { box.textContent = "تعذر تحميل الشبكة"; });
})();

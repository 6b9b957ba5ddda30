/*
 * The column list sorts by Ajax; this keeps the order in the address (?sort=title, ?sort=-updated)
 * once the table has changed it, so a reload or a shared link shows the same order. The history
 * entry is replaced, not added: back still steps through the filters.
 */
(function () {
  "use strict";
  var FIELDS = {
    "column-title": "title",
    "column-status": "status",
    "column-author": "author",
    "column-magazine": "magazine",
    "column-updated": "updated",
    "column-publish-at": "publishAt"
  };

  function rememberOrder() {
    var table = document.getElementById("list:columns");
    var active = table && table.querySelector("thead th.ui-sortable-column.ui-state-active");
    if (!active) {
      return;
    }
    var descending = active.querySelector(".ui-icon-triangle-1-s") !== null;
    Object.keys(FIELDS).forEach(function (name) {
      if (active.classList.contains(name)) {
        var address = new URL(window.location.href);
        address.searchParams.set("sort", (descending ? "-" : "") + FIELDS[name]);
        window.history.replaceState(window.history.state, "", address.toString());
      }
    });
  }

  $(document).on("pfAjaxComplete", rememberOrder);
})();

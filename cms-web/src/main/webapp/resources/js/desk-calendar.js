/*
 * The publisher's calendar: approved columns in the side list can be dragged onto a day or a time.
 * PrimeFaces' p:schedule has no drop event of its own, so its extender turns FullCalendar's
 * external dropping on and hands each drop to the page's remote command; the server schedules it
 * (with the version the list showed) and the calendar reloads what is stored.
 */
window.ColumnDeskCalendar = {
  /** p:schedule's extender: runs with the widget as this, before FullCalendar starts. */
  extend: function () {
    this.cfg.options.droppable = true;
    this.cfg.options.drop = function (info) {
      var input = info.draggedEl.querySelector("input[type=radio]");
      if (!input) {
        return;
      }
      window.deskCalendarDrop([
        { name: "columnId", value: input.value },
        { name: "at", value: info.dateStr },
        { name: "allDay", value: info.allDay }
      ]);
    };
    $(function () {
      var side = document.querySelector(".calendar-side");
      if (side && !side.columnDeskDraggable) {
        // Delegated to the list's cells, so it outlives the list's Ajax updates.
        side.columnDeskDraggable = new FullCalendar.Draggable(side, {
          itemSelector: ".awaiting-list td",
          eventData: function (cell) {
            return { title: cell.textContent.trim(), create: false };
          }
        });
      }
    });
  }
};

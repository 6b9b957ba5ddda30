/*
 * The bell hears of new notifications through a socket to the desk (/desk/push), which only ever
 * says "ring"; the page then asks for its count over its own session (the remote command
 * deskRingBell). While the socket is open the bell's poll is stopped; when the socket closes, the
 * poll asks again every few seconds and the socket is opened anew, waiting longer after each
 * failure (1 s, 2 s, 4 s, ... at most a minute) so a desk without push does not hammer the server.
 */
(function () {
  "use strict";
  var FIRST_WAIT = 1000;
  var LONGEST_WAIT = 60000;
  var wait = FIRST_WAIT;
  var opened = false;

  function poll() {
    return window.PrimeFaces && PrimeFaces.widgets.notificationPoll;
  }

  function ring() {
    if (typeof window.deskRingBell === "function") {
      window.deskRingBell();
    }
  }

  function connect() {
    var bell = document.getElementById("notificationBell");
    var path = bell && bell.getAttribute("data-push-path");
    if (!path || !("WebSocket" in window)) {
      return; // the poll keeps asking
    }
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + window.location.host + path);
    socket.onopen = function () {
      wait = FIRST_WAIT;
      if (poll()) {
        poll().stop();
      }
      if (opened) {
        ring(); // something may have come while the socket was away
      }
      opened = true;
    };
    socket.onmessage = ring;
    socket.onclose = function () {
      if (poll() && !poll().isActive()) {
        poll().start();
      }
      window.setTimeout(connect, wait);
      wait = Math.min(wait * 2, LONGEST_WAIT);
    };
  }

  $(connect);
})();

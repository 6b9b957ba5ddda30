/*
 * The column editor's behaviour in the browser: autosave a few seconds after typing stops, the
 * save state (saving / saved only after the server's commit / failed / conflict), a copy of the
 * text in this browser's storage until the server has it, word and character counts, and quoting a
 * selected passage in a review comment. Loaded as a file so the desk's Content-Security-Policy
 * needs no inline script.
 */
(function () {
  'use strict';

  var AUTOSAVE_AFTER_MS = 2500;
  var RETRY_AFTER_MS = 5000;

  var ColumnDesk = window.ColumnDesk = window.ColumnDesk || {};

  function byId(id) {
    return document.getElementById(id);
  }

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, n) {
      return values[Number(n)] === undefined ? all : values[Number(n)];
    });
  }

  /* Quill 2 writes every list as <ol> with data-list on the items: turn bullet lists into <ul>,
     which is what the server's sanitizer and the public page understand. */
  function semantic(html) {
    /* A template's content is inert: nothing in it loads or runs while it is rewritten here. */
    var box = document.createElement('template');
    box.innerHTML = html;
    var content = box.content;
    content.querySelectorAll('span.ql-ui').forEach(function (ui) { ui.remove(); });
    content.querySelectorAll('ol').forEach(function (list) {
      var items = Array.prototype.slice.call(list.children);
      var bullets = items.every(function (li) { return li.getAttribute('data-list') === 'bullet'; });
      if (bullets) {
        var ul = document.createElement('ul');
        items.forEach(function (li) { ul.appendChild(li); });
        list.replaceWith(ul);
      }
    });
    content.querySelectorAll('li[data-list]').forEach(function (li) { li.removeAttribute('data-list'); });
    return box.innerHTML === '<p><br></p>' ? '' : box.innerHTML;
  }

  var editor = {
    form: null,
    timer: null,
    retry: null,
    saving: false,
    pending: false,
    dirty: false,
    state: null,

    start: function () {
      this.form = byId('editor');
      if (!this.form || this.form.getAttribute('data-editable') !== 'true') {
        this.counts();
        return;
      }
      var self = this;
      ['editor:title', 'editor:subtitle', 'editor:summary', 'editor:slug'].forEach(function (id) {
        var field = byId(id);
        if (field) {
          field.addEventListener('input', function () { self.changed(); });
        }
      });
      this.form.addEventListener('change', function (event) {
        if (event.target && event.target.closest && event.target.closest('.ui-chips, .ui-selectonemenu')) {
          self.changed();
        }
      });
      var quill = this.quill();
      if (quill) {
        quill.on('text-change', function (delta, old, source) {
          self.syncBody();
          self.counts();
          if (source === 'user') {
            self.changed();
          }
        });
        var toolbar = quill.getModule('toolbar');
        if (toolbar) {
          toolbar.addHandler('image', function () { self.image(); });
        }
      } else {
        // The text editor's widget is created late: try again in a moment.
        window.setTimeout(function () { self.startBody(); }, 200);
      }
      this.counts();
      this.offerLocalCopy();
      window.addEventListener('beforeunload', function (event) {
        if (self.dirty || self.saving) {
          self.keepLocal();
          event.preventDefault();
          event.returnValue = '';
        }
      });
      window.addEventListener('online', function () {
        if (self.dirty) {
          self.schedule(0);
        }
      });
    },

    startBody: function () {
      var self = this;
      var quill = this.quill();
      if (!quill) {
        window.setTimeout(function () { self.startBody(); }, 200);
        return;
      }
      quill.on('text-change', function (delta, old, source) {
        self.syncBody();
        self.counts();
        if (source === 'user') {
          self.changed();
        }
      });
      this.counts();
      this.offerLocalCopy();
    },

    quill: function () {
      var widget = window.PF && PF('bodyEditor');
      return widget && widget.editor ? widget.editor : null;
    },

    /* The text editor's hidden field follows the text at once, not only on blur. */
    syncBody: function () {
      var widget = window.PF && PF('bodyEditor');
      if (widget && widget.editor) {
        widget.input.val(semantic(widget.editor.root.innerHTML));
      }
    },

    changed: function () {
      this.dirty = true;
      this.keepLocal();
      if (this.state !== 'conflict') {
        this.show('dirty');
        this.schedule(AUTOSAVE_AFTER_MS);
      }
    },

    schedule: function (delay) {
      var self = this;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(function () { self.autosave(); }, delay);
    },

    autosave: function () {
      if (this.state === 'conflict') {
        return;
      }
      if (this.saving) {
        this.pending = true;
        return;
      }
      this.syncBody();
      this.saving = true;
      this.dirty = false;
      this.show('saving');
      window.columnDeskAutosave();
    },

    /* Before the Save and Submit buttons send the form. */
    beforeSubmit: function () {
      window.clearTimeout(this.timer);
      this.syncBody();
      this.keepLocal();
      this.show('saving');
    },

    /* Every answer to a save: args.state says what the server did. */
    answered: function (xhr, status, args) {
      this.saving = false;
      if (status !== 'success' || !args || !args.state) {
        this.dirty = true;
        this.show('failed');
        this.retryLater();
      } else {
        var state = args.state;
        if (args.id && this.form) {
          this.remember(args.id);
        }
        if (state === 'saved' || state === 'unchanged') {
          this.show('saved', args.savedAt);
          if (!this.dirty) {
            this.forgetLocal();
          }
        } else if (state === 'replaced') {
          this.forgetLocal();
          this.dirty = false;
          this.state = null;
          window.location.reload();
          return;
        } else {
          this.show(state);
          if (state === 'conflict') {
            window.location.hash = 'conflict';
          }
        }
      }
      if (this.pending || (this.dirty && this.state !== 'failed' && this.state !== 'conflict')) {
        this.pending = false;
        this.schedule(AUTOSAVE_AFTER_MS);
      }
    },

    retryLater: function () {
      var self = this;
      window.clearTimeout(this.retry);
      this.retry = window.setTimeout(function () {
        if (self.dirty) {
          self.autosave();
        }
      }, RETRY_AFTER_MS);
    },

    /* A new column gets its address after its first save; reloading then opens it. */
    remember: function (id) {
      if (this.form.getAttribute('data-column') !== String(id)) {
        var previous = this.localKey();
        this.form.setAttribute('data-column', String(id));
        var copy = window.localStorage.getItem(previous);
        window.localStorage.removeItem(previous);
        if (copy && this.dirty) {
          window.localStorage.setItem(this.localKey(), copy);
        }
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, '', window.location.pathname + '?id=' + id);
        }
      }
    },

    show: function (state, savedAt) {
      this.state = state;
      var label = byId('saveState');
      if (!label) {
        return;
      }
      label.setAttribute('data-state', state);
      var text = label.getAttribute('data-' + state) || state;
      label.textContent = format(text, [savedAt || '']);
    },

    localKey: function () {
      return 'columndesk.copy:' + this.form.getAttribute('data-user') + ':' +
          (this.form.getAttribute('data-column') || 'new');
    },

    fields: function () {
      var value = function (id) {
        var field = byId(id);
        return field ? field.value : '';
      };
      var quill = this.quill();
      return {
        title: value('editor:title'),
        subtitle: value('editor:subtitle'),
        summary: value('editor:summary'),
        body: quill ? semantic(quill.root.innerHTML) : '',
        at: Date.now()
      };
    },

    keepLocal: function () {
      try {
        window.localStorage.setItem(this.localKey(), JSON.stringify(this.fields()));
      } catch (e) {
        // Storage full or refused: the server copy is all there is.
      }
    },

    forgetLocal: function () {
      window.localStorage.removeItem(this.localKey());
    },

    /* A copy left by an earlier visit that the server never confirmed: offer it back. */
    offerLocalCopy: function () {
      if (this.offered) {
        return;
      }
      var raw = window.localStorage.getItem(this.localKey());
      if (!raw || !this.quill()) {
        return;
      }
      this.offered = true;
      var copy;
      try {
        copy = JSON.parse(raw);
      } catch (e) {
        this.forgetLocal();
        return;
      }
      var now = this.fields();
      if (copy.title === now.title && copy.subtitle === now.subtitle &&
          copy.summary === now.summary && copy.body === now.body) {
        this.forgetLocal();
        return;
      }
      var self = this;
      var box = byId('editor:localCopy');
      var text = byId('localCopyText');
      text.textContent = format(text.getAttribute('data-text'), [new Date(copy.at).toLocaleString()]);
      box.style.display = '';
      byId('restoreLocal').addEventListener('click', function () {
        byId('editor:title').value = copy.title;
        byId('editor:subtitle').value = copy.subtitle;
        byId('editor:summary').value = copy.summary;
        self.quill().clipboard.dangerouslyPasteHTML(copy.body || '', 'api');
        box.style.display = 'none';
        self.changed();
      });
      byId('discardLocal').addEventListener('click', function () {
        self.forgetLocal();
        box.style.display = 'none';
      });
    },

    counts: function () {
      var target = byId('counts');
      var quill = this.quill();
      if (!target || !quill) {
        return;
      }
      var text = quill.getText().replace(/\n$/, '');
      var characters = Array.from(text.replace(/\n/g, '')).length;
      var withoutSpaces = Array.from(text.replace(/\s/g, '')).length;
      var words = text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
      target.textContent = format(target.getAttribute('data-format'), [characters, withoutSpaces, words]);
      target.setAttribute('data-characters', characters);
      target.setAttribute('data-words', words);
    },

    image: function () {
      var quill = this.quill();
      var button = document.querySelector('#editor\\:body_toolbar .ql-image, .ql-image');
      var address = window.prompt(button ? button.getAttribute('data-prompt') : 'URL');
      if (address && /^(https:\/\/|\/)/.test(address.trim())) {
        var range = quill.getSelection(true);
        quill.insertEmbed(range ? range.index : quill.getLength(), 'image', address.trim(), 'user');
      }
    }
  };

  /* The review conversation: quote what is selected in the text being discussed. */
  function startQuoting() {
    var remembered = '';
    document.addEventListener('selectionchange', function () {
      var selection = window.getSelection();
      var text = selection ? selection.toString().trim() : '';
      if (text && selection.anchorNode && selection.anchorNode.parentElement &&
          selection.anchorNode.parentElement.closest('.reviewed-text, .ql-editor')) {
        remembered = text;
      }
    });
    // Delegated: the comments form is replaced after each comment.
    document.addEventListener('mousedown', function (event) {
      if (event.target.closest && event.target.closest('#quoteSelection')) {
        event.preventDefault();
      }
    });
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('#quoteSelection');
      var quote = byId('comments:quote');
      if (!button || !quote) {
        return;
      }
      if (remembered) {
        quote.value = remembered.substring(0, 1000);
      } else {
        quote.setAttribute('placeholder', button.getAttribute('data-empty'));
      }
      quote.focus();
    });
  }

  /* The media library: a click on one of its images puts it into the body where the cursor is. */
  function startInsertingImages() {
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('.media-insert');
      var quill = button && editor.quill();
      if (!quill) {
        return;
      }
      var range = quill.getSelection(true);
      quill.insertEmbed(range ? range.index : quill.getLength(), 'image', button.getAttribute('data-url'), 'user');
    });
  }

  ColumnDesk.editor = editor;

  function ready() {
    editor.start();
    startQuoting();
    startInsertingImages();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();

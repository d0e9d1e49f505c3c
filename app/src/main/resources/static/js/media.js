// Media library: drag-and-drop upload of several photos with progress, and the box editor of one image
// (detected boxes shown, boxes drawn with the mouse or finger, removed with their × button). Text from files and
// servers is only ever set with textContent.
(function () {
  'use strict';

  function csrf(form) {
    var field = form.querySelector('input[type=hidden]');
    return { name: field.name, value: field.value };
  }

  function initUpload(form) {
    var input = form.querySelector('input[type=file]');
    var zone = form.querySelector('[data-dropzone]');
    var progress = form.querySelector('.upload-progress');
    var results = form.querySelector('.upload-results');
    var t = form.dataset;

    function send(files) {
      if (!files.length) return;
      var data = new FormData();
      var token = csrf(form);
      data.append(token.name, token.value);
      Array.prototype.forEach.call(files, function (file) { data.append('files', file); });
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.setRequestHeader('Accept', 'application/json');
      progress.hidden = false;
      progress.value = 0;
      results.replaceChildren();
      var status = document.createElement('li');
      status.textContent = t.tSending;
      results.appendChild(status);
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total);
      });
      request.addEventListener('load', function () {
        results.replaceChildren();
        if (request.status !== 200) {
          var failed = document.createElement('li');
          failed.className = 'error';
          failed.textContent = request.status === 413 ? t.tRefused : t.tFailed;
          results.appendChild(failed);
          return;
        }
        var outcomes = JSON.parse(request.responseText);
        var refused = outcomes.filter(function (o) { return o.error; });
        refused.forEach(function (o) {
          var li = document.createElement('li');
          li.className = 'error';
          li.textContent = o.fileName + ' : ' + o.error;
          results.appendChild(li);
        });
        if (refused.length === 0) {
          window.location.reload();
        } else if (refused.length < outcomes.length) {
          var done = document.createElement('li');
          done.textContent = t.tDone;
          results.appendChild(done);
        }
      });
      request.addEventListener('error', function () {
        results.replaceChildren();
        var failed = document.createElement('li');
        failed.className = 'error';
        failed.textContent = t.tFailed;
        results.appendChild(failed);
      });
      request.send(data);
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      send(input.files);
    });
    input.addEventListener('change', function () { send(input.files); });
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      send(e.dataTransfer.files);
    });
  }

  function initBoxes(stage) {
    var width = Number(stage.dataset.width), height = Number(stage.dataset.height);
    var field = document.querySelector('[data-boxes-field]');
    var count = document.querySelector('.box-count');
    var boxes = (stage.dataset.boxes || '').split(';').filter(Boolean).map(function (text) {
      var n = text.split(',').map(Number);
      return { x: n[0], y: n[1], w: n[2], h: n[3] };
    });

    function render() {
      stage.querySelectorAll('.media-box').forEach(function (node) { node.remove(); });
      boxes.forEach(function (box, index) {
        var node = document.createElement('div');
        node.className = 'media-box';
        node.style.left = (100 * box.x / width) + '%';
        node.style.top = (100 * box.y / height) + '%';
        node.style.width = (100 * box.w / width) + '%';
        node.style.height = (100 * box.h / height) + '%';
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'box-remove';
        remove.textContent = '×';
        remove.setAttribute('aria-label', stage.dataset.tRemove);
        remove.addEventListener('click', function (e) {
          e.stopPropagation();
          boxes.splice(index, 1);
          render();
        });
        node.appendChild(remove);
        stage.appendChild(node);
      });
      if (field) field.value = boxes.map(function (b) { return [b.x, b.y, b.w, b.h].join(','); }).join(';');
      if (count) count.textContent = boxes.length + ' ⬚';
    }

    // Drawing a box: press, drag, release; coordinates are turned into the image's own pixels.
    var start = null, ghost = null;
    function point(e) {
      var rect = stage.getBoundingClientRect();
      return {
        x: Math.max(0, Math.min(width, Math.round((e.clientX - rect.left) * width / rect.width))),
        y: Math.max(0, Math.min(height, Math.round((e.clientY - rect.top) * height / rect.height)))
      };
    }
    stage.addEventListener('pointerdown', function (e) {
      if (e.target.closest('.box-remove')) return;
      start = point(e);
      ghost = document.createElement('div');
      ghost.className = 'media-box drawing';
      stage.appendChild(ghost);
      stage.setPointerCapture(e.pointerId);
    });
    stage.addEventListener('pointermove', function (e) {
      if (!start) return;
      var p = point(e);
      ghost.style.left = (100 * Math.min(start.x, p.x) / width) + '%';
      ghost.style.top = (100 * Math.min(start.y, p.y) / height) + '%';
      ghost.style.width = (100 * Math.abs(p.x - start.x) / width) + '%';
      ghost.style.height = (100 * Math.abs(p.y - start.y) / height) + '%';
    });
    stage.addEventListener('pointerup', function (e) {
      if (!start) return;
      var p = point(e);
      var box = { x: Math.min(start.x, p.x), y: Math.min(start.y, p.y), w: Math.abs(p.x - start.x), h: Math.abs(p.y - start.y) };
      start = null;
      ghost.remove();
      if (box.w >= 4 && box.h >= 4) boxes.push(box);
      render();
    });
    render();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-media-upload]').forEach(initUpload);
    document.querySelectorAll('[data-box-editor]').forEach(initBoxes);
  });
})();

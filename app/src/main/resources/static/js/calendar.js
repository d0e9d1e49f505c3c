// The calendar's drag and drop: a post dropped on another day keeps its time and is sent through its own
// « Déplacer… » form, so the server applies the same rules as without JavaScript. Moving an approved post voids its
// approval: the page asks first.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var table = document.querySelector('table.calendar');
    if (!table) return;
    var dragged = null;
    function confirmed(form) {
      return form.dataset.approved !== 'true' || window.confirm(table.dataset.tConfirm);
    }
    table.querySelectorAll('form.reschedule').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!confirmed(form)) event.preventDefault();
      });
    });
    table.querySelectorAll('.entry[draggable="true"]').forEach(function (entry) {
      entry.addEventListener('dragstart', function (event) {
        dragged = entry;
        event.dataTransfer.setData('text/plain', entry.dataset.post);
        event.dataTransfer.effectAllowed = 'move';
      });
      entry.addEventListener('dragend', function () { dragged = null; });
    });
    table.querySelectorAll('td[data-date]').forEach(function (cell) {
      cell.addEventListener('dragover', function (event) {
        if (!dragged) return;
        event.preventDefault();
        cell.classList.add('drop-target');
      });
      cell.addEventListener('dragleave', function () { cell.classList.remove('drop-target'); });
      cell.addEventListener('drop', function (event) {
        event.preventDefault();
        cell.classList.remove('drop-target');
        if (!dragged) return;
        var form = dragged.querySelector('form.reschedule');
        var when = cell.dataset.date + 'T' + dragged.dataset.time;
        if (when === form.elements.when.value) return;
        form.elements.when.value = when;
        if (confirmed(form)) form.submit(); else form.reset();
      });
    });
  });
})();

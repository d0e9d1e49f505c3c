// The composer's per-network previews: the text each network will receive (its own variant, else the main text),
// with its length against the network's limit. Text is only ever set with textContent.
(function () {
  'use strict';
  function init(form) {
    var main = form.querySelector('[data-post-text]');
    var box = form.querySelector('.post-previews');
    if (!main || !box) return;
    function update() {
      form.querySelectorAll('[data-preview]').forEach(function (card) {
        var network = card.dataset.preview;
        var box2 = form.querySelector('input[name="networks"][value="' + network + '"]');
        var variant = form.querySelector('[data-variant="' + network + '"]');
        var text = variant && variant.value.trim() ? variant.value : main.value;
        card.hidden = !(box2 && box2.checked);
        card.querySelector('.post-preview-text').textContent = text;
        var length = Array.from(text).length, max = parseInt(card.dataset.max, 10);
        var count = card.querySelector('.post-preview-count');
        count.textContent = box.dataset.tChars.replace('{0}', length).replace('{1}', max);
        count.classList.toggle('error', length > max);
      });
    }
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    update();
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.composer').forEach(init);
  });
})();

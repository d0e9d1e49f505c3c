// The composer: per-network previews (the text each network will receive, its own variant else the main text, with
// its length against the network's limit, and the chosen photos against the network's photo limit), and the photo
// picker (a chosen photo moves up with the others, in order; ↑ ↓ change the order; unticking removes it). The form
// submits the ticked photos in the page's order, so it works without this script too. Text only via textContent.
(function () {
  'use strict';
  function photos(form) {
    var list = form.querySelector('[data-photo-choices]');
    if (!list) return null;
    var box = form.querySelector('[data-post-photos]');
    function chosen() {
      return Array.from(list.children).filter(function (li) { return li.querySelector('input[name="media"]').checked; });
    }
    function button(label, className, onClick) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary photo-move ' + className;
      b.textContent = className === 'up' ? '↑' : '↓';
      b.setAttribute('aria-label', label);
      b.addEventListener('click', onClick);
      return b;
    }
    function refresh() {
      var picked = chosen();
      Array.from(list.children).forEach(function (li) {
        li.querySelectorAll('.photo-move, .photo-rank').forEach(function (el) { el.remove(); });
        var index = picked.indexOf(li);
        li.classList.toggle('chosen', index >= 0);
        if (index < 0) return;
        var name = li.querySelector('.file-name').textContent;
        var rank = document.createElement('span');
        rank.className = 'photo-rank';
        rank.textContent = String(index + 1);
        li.prepend(rank);
        if (index > 0) li.append(button(box.dataset.tUp.replace('{0}', name), 'up', function () {
          list.insertBefore(li, picked[index - 1]); refresh(); form.dispatchEvent(new Event('change'));
        }));
        if (index < picked.length - 1) li.append(button(box.dataset.tDown.replace('{0}', name), 'down', function () {
          list.insertBefore(picked[index + 1], li); refresh(); form.dispatchEvent(new Event('change'));
        }));
      });
    }
    list.addEventListener('change', function (event) {
      var li = event.target.closest('li');
      if (!li || event.target.name !== 'media') return;
      var others = chosen().filter(function (c) { return c !== li; });
      // A ticked photo goes last among the chosen ones; an unticked one goes back among the others.
      var after = others.length ? others[others.length - 1].nextSibling : list.firstChild;
      if (after !== li) list.insertBefore(li, after);
      refresh();
    });
    refresh();
    return function () {
      return chosen().map(function (li) { return li.querySelector('img').getAttribute('src'); });
    };
  }
  function init(form) {
    var main = form.querySelector('[data-post-text]');
    var box = form.querySelector('.post-previews');
    if (!main || !box) return;
    var chosenPhotos = photos(form) || function () { return []; };
    function update() {
      var sources = chosenPhotos();
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
        var strip = card.querySelector('.post-preview-photos');
        strip.replaceChildren.apply(strip, sources.map(function (src) {
          var img = document.createElement('img');
          img.src = src; img.alt = ''; img.loading = 'lazy';
          return img;
        }));
        var maxPhotos = parseInt(card.dataset.maxPhotos, 10);
        var photoCount = card.querySelector('.post-preview-photo-count');
        var missing = card.dataset.needsPhoto === 'true' && sources.length === 0;
        photoCount.textContent = missing ? box.dataset.tNeedsPhoto
          : box.dataset.tPhotos.replace('{0}', sources.length).replace('{1}', maxPhotos);
        photoCount.classList.toggle('error', missing || sources.length > maxPhotos);
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

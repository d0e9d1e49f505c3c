// The composer: per-network previews (the text each network will receive, its own variant else the main text, with
// its length against the network's limit, and the photos it will receive, its own « Photos propres à ce réseau » else
// the post's, against the network's photo limit), and the photo pickers (the post's, and one per network shown when
// its option is ticked: a chosen photo moves up with the others, in order; ↑ ↓ change the order; unticking removes
// it). The form submits the ticked photos in the page's order, so it works without this script too. Text only via
// textContent.
(function () {
  'use strict';
  function picker(form, list, labels) {
    function chosen() {
      return Array.from(list.children).filter(function (li) { return li.querySelector('input[type="checkbox"]').checked; });
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
        if (index > 0) li.append(button(labels.dataset.tUp.replace('{0}', name), 'up', function () {
          list.insertBefore(li, picked[index - 1]); refresh(); form.dispatchEvent(new Event('change'));
        }));
        if (index < picked.length - 1) li.append(button(labels.dataset.tDown.replace('{0}', name), 'down', function () {
          list.insertBefore(picked[index + 1], li); refresh(); form.dispatchEvent(new Event('change'));
        }));
      });
    }
    list.addEventListener('change', function (event) {
      var li = event.target.closest('li');
      if (!li || event.target.type !== 'checkbox') return;
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
  /** Network → a function giving its own photos, or null while it takes the post's. */
  function ownPickers(form, labels) {
    var own = {};
    form.querySelectorAll('[data-own-photos]').forEach(function (box) {
      var toggle = box.querySelector('[data-own-toggle]');
      var area = box.querySelector('[data-own-picker]');
      var chosen = picker(form, area.querySelector('[data-photo-choices]'), labels);
      function reveal() { area.hidden = !toggle.checked; }
      toggle.addEventListener('change', reveal);
      reveal();
      own[box.dataset.ownPhotos] = function () { return toggle.checked ? chosen() : null; };
    });
    return own;
  }
  function init(form) {
    var main = form.querySelector('[data-post-text]');
    var box = form.querySelector('.post-previews');
    if (!main || !box) return;
    var labels = form.querySelector('[data-post-photos]');
    var list = form.querySelector('[data-photo-choices="media"]');
    var postPhotos = list ? picker(form, list, labels) : function () { return []; };
    var own = ownPickers(form, labels);
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
        var mine = own[network] ? own[network]() : null;
        var sources = mine === null ? postPhotos() : mine;
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

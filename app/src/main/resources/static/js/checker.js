// The checker component: checks the text as the user types (debounced), underlines the flagged words by severity,
// shows a finding's message, explanation and sources on click, and applies a suggested wording.
// User text is only ever inserted with textContent: never as HTML.
(function () {
  'use strict';
  var SEVERITIES = ['block', 'warn', 'info'];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return values[k] != null ? values[k] : m; });
  }

  // The sentence around [start, end): a suggestion written as a whole sentence replaces the sentence.
  function sentenceAround(text, start, end) {
    var from = start;
    while (from > 0 && !/[.!?\n]/.test(text.charAt(from - 1))) from--;
    var to = end;
    while (to < text.length && !/[.!?\n]/.test(text.charAt(to))) to++;
    if (to < text.length && text.charAt(to) !== '\n') to++;
    while (from < to && /\s/.test(text.charAt(from))) from++;
    return [from, to];
  }

  function init(root) {
    var t = root.dataset;
    var field = function (name) { return root.querySelector('[name="' + name + '"]'); };
    var text = field('text'), kind = field('kind'), channel = field('channel'), category = field('category');
    var review = field('review');
    var reviewBox = root.querySelector('.checker-review');
    var status = root.querySelector('.checker-status');
    var preview = root.querySelector('.checker-preview');
    var list = root.querySelector('.checker-findings');
    var details = root.querySelector('.checker-details');
    var timer = null, sequence = 0, checkedText = '';

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(run, 350);
    }

    function run() {
      var mine = ++sequence;
      var body = { text: text.value, kind: kind.value, channel: channel.value, category: category.value,
        review: review ? review.value : null };
      if (!text.value.trim()) {
        preview.replaceChildren(); list.replaceChildren(); details.hidden = true;
        status.textContent = t.tEmpty;
        return;
      }
      status.textContent = t.tChecking;
      fetch(root.dataset.url, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-TOKEN': root.dataset.csrf },
        body: JSON.stringify(body)
      }).then(function (response) {
        return response.json().catch(function () { return null; }).then(function (data) {
          if (mine !== sequence) return;
          if (!response.ok || !data) {
            status.textContent = (data && data.detail) || t.tError;
            return;
          }
          checkedText = body.text;
          render(data);
        });
      }).catch(function () {
        if (mine === sequence) status.textContent = t.tError;
      });
    }

    function render(result) {
      var findings = result.findings;
      var counts = { block: 0, warn: 0, info: 0 };
      findings.forEach(function (f) { counts[f.severity]++; });
      status.textContent = findings.length === 0 ? t.tOk : format(t.tSummary, counts);
      status.className = 'checker-status verdict-' + result.verdict;

      // Underlines: every span of every finding, the most severe first where spans overlap.
      var marks = [];
      findings.forEach(function (f, i) {
        f.spans.forEach(function (s) { marks.push({ start: s.start, end: s.end, finding: i, severity: f.severity }); });
      });
      marks.sort(function (a, b) {
        return a.start - b.start || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
      });
      preview.replaceChildren();
      var at = 0;
      marks.forEach(function (m) {
        if (m.start < at) return;
        preview.appendChild(document.createTextNode(checkedText.slice(at, m.start)));
        var f = findings[m.finding];
        var mark = el('button', 'mark sev-' + m.severity + (f.detection === 'model' ? ' guess' : ''), checkedText.slice(m.start, m.end));
        mark.type = 'button';
        mark.title = f.shortMessage || f.message;
        mark.setAttribute('aria-label', checkedText.slice(m.start, m.end) + ' : ' + (f.shortMessage || f.message));
        mark.addEventListener('click', function () { show(f); });
        preview.appendChild(mark);
        at = m.end;
      });
      preview.appendChild(document.createTextNode(checkedText.slice(at)));

      list.replaceChildren();
      findings.forEach(function (f) {
        var item = el('li', 'finding sev-' + f.severity);
        var open = el('button', 'link', (t['t' + f.severity.charAt(0).toUpperCase() + f.severity.slice(1)] || f.severity)
          + ' · ' + (f.shortMessage || f.rule) + ' : « ' + f.excerpt + ' »');
        open.type = 'button';
        open.addEventListener('click', function () { show(f); });
        item.appendChild(open);
        list.appendChild(item);
      });
      if (!details.hidden && details.dataset.rule) {
        var same = findings.filter(function (f) { return f.rule === details.dataset.rule; })[0];
        if (same) show(same, true); else details.hidden = true;
      }
    }

    function show(f, keepFocus) {
      details.replaceChildren();
      details.dataset.rule = f.rule;
      details.appendChild(el('h2', null, f.shortMessage || f.rule));
      details.appendChild(el('p', 'rule-id', f.rule + ' · ' + (t['t' + f.severity.charAt(0).toUpperCase() + f.severity.slice(1)] || f.severity)));
      details.appendChild(el('p', 'message', f.message));
      if (f.detection === 'model') details.appendChild(el('p', 'guess', t.tGuess));
      if (f.explanation) {
        details.appendChild(el('h3', null, t.tWhy));
        details.appendChild(el('p', null, f.explanation));
      }
      if (f.suggestions.length) {
        details.appendChild(el('h3', null, t.tSuggestions));
        var ul = el('ul', 'suggestions');
        f.suggestions.forEach(function (s) {
          var li = el('li');
          li.appendChild(el('span', null, '« ' + s + ' » '));
          var apply = el('button', 'secondary', t.tApply);
          apply.type = 'button';
          apply.addEventListener('click', function () { applySuggestion(f, s); });
          li.appendChild(apply);
          ul.appendChild(li);
        });
        details.appendChild(ul);
      }
      if (f.sources.length) {
        details.appendChild(el('h3', null, t.tSources));
        var sources = el('ul', 'sources');
        f.sources.forEach(function (s) {
          var li = el('li');
          if (s.url && /^https:\/\//.test(s.url)) {
            var a = el('a', null, s.ref);
            a.href = s.url; a.rel = 'noopener noreferrer'; a.target = '_blank';
            li.appendChild(a);
          } else {
            li.textContent = s.ref;
          }
          if (s.evidence) li.appendChild(el('span', 'evidence', ' · ' + t.tEvidence + ' ' + s.evidence));
          sources.appendChild(li);
        });
        details.appendChild(sources);
      }
      details.hidden = false;
      if (!keepFocus) details.focus();
    }

    function applySuggestion(f, suggestion) {
      var value = text.value;
      // The text changed since it was checked: the offsets no longer point at the flagged words.
      if (value !== checkedText) { run(); return; }
      var range = /^[A-ZÀ-Ý].*[.!?]$/.test(suggestion) ? sentenceAround(value, f.start, f.end) : [f.start, f.end];
      text.value = value.slice(0, range[0]) + suggestion + value.slice(range[1]);
      text.focus();
      text.setSelectionRange(range[0], range[0] + suggestion.length);
      run();
    }

    function kindChanged() {
      if (reviewBox) reviewBox.hidden = kind.value !== 'reply';
      schedule();
    }

    text.addEventListener('input', schedule);
    if (review) review.addEventListener('input', schedule);
    kind.addEventListener('change', kindChanged);
    channel.addEventListener('change', schedule);
    category.addEventListener('change', schedule);
    kindChanged();
    if (text.value.trim()) run();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-checker]').forEach(init);
  });
})();

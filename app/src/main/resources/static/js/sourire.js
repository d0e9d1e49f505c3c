// Forms that undo something ask first (data-confirm holds the question, already in the page's language).
document.addEventListener("submit", function (event) {
  var question = event.target.dataset && event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// htmx requests carry the CSRF token that the layout puts in <meta name="csrf-token">.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  if (token) {
    event.detail.headers[token.dataset.header] = token.content;
  }
});

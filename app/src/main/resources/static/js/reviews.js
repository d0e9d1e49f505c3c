// Draws each chart from the table that carries its data (the table stays for screen readers and without script).
document.addEventListener('DOMContentLoaded', () => {
  if (typeof Chart === 'undefined') return;
  document.querySelectorAll('table[data-chart]').forEach(table => {
    const canvas = document.getElementById(table.dataset.chart);
    if (!canvas) return;
    const rows = [...table.tBodies[0].rows];
    const labels = rows.map(r => r.cells[0].textContent);
    const heads = [...table.tHead.rows[0].cells].slice(1).map(c => c.textContent);
    const datasets = heads.map((label, i) => ({
      label,
      data: rows.map(r => { const v = r.cells[i + 1].textContent.trim(); return v === '' ? null : Number(v); }),
      yAxisID: i === 0 ? 'y' : 'y1', type: table.dataset.type === 'line' && i === 0 ? 'bar' : table.dataset.type
    }));
    new Chart(canvas, { type: table.dataset.type, data: { labels, datasets },
      options: { animation: false, scales: { y: { beginAtZero: true }, y1: { display: datasets.length > 1, position: 'right', min: 0, max: 5 } } } });
  });
});

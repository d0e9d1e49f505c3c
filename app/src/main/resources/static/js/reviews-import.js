// Polls the progress of a background CSV import until it ends; leaving the page loses nothing (the job runs on).
document.addEventListener('DOMContentLoaded', () => {
  const card = document.getElementById('import-job');
  if (!card || card.dataset.running !== 'true') return;
  const states = document.getElementById('import-states').content;
  const set = (id, value) => { document.getElementById(id).textContent = value; };
  const poll = async () => {
    try {
      const response = await fetch(card.dataset.progress, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const job = await response.json();
      const bar = document.getElementById('import-bar');
      bar.max = job.total;
      bar.value = job.position;
      set('import-state', states.querySelector(`[data-state="${job.state}"]`)?.textContent ?? job.state);
      set('import-done', job.position);
      set('import-total', job.total);
      set('import-added', job.added);
      set('import-skipped', job.skipped);
      set('import-rejected', job.rejectedCount);
      const list = document.getElementById('import-errors');
      list.replaceChildren(...job.rejected.map(line => { const li = document.createElement('li'); li.textContent = line; return li; }));
      if (job.state === 'running') setTimeout(poll, 1500);
      else if (job.error) list.prepend(Object.assign(document.createElement('li'), { textContent: job.error }));
    } catch (e) {
      setTimeout(poll, 5000); // a network hiccup: try again a little later
    }
  };
  setTimeout(poll, 1000);
});

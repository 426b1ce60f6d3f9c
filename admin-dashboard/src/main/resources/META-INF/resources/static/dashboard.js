// An htmx request after the session expired gets 499 from quarkus-oidc (it cannot follow a login
// redirect): reloading the page takes the user through the login and back to the same address.
document.addEventListener('htmx:responseError', function (event) {
  if (event.detail.xhr.status === 499) {
    window.location.reload();
  }
});

// The ceiling chart: consumption and year-end forecast per ceiling as bars, the 80 % and 100 % marks
// as lines. The numbers come from the page (data-ceilings), the same ones as the table beside it.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('ceiling-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var ceilings = JSON.parse(canvas.dataset.ceilings);
  var labels = ceilings.map(function (c) { return c.label; });
  var pick = function (key) { return ceilings.map(function (c) { return c[key]; }); };
  var kr = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  new Chart(canvas, {
    data: {
      labels: labels,
      datasets: [
        { type: 'bar', label: canvas.dataset.consumed, data: pick('consumed'), backgroundColor: '#1f4e79' },
        { type: 'bar', label: canvas.dataset.forecast, data: pick('forecast'), backgroundColor: '#8fb3d9' },
        { type: 'line', label: canvas.dataset.mark80, data: pick('mark80'), borderColor: '#b35c00', borderDash: [6, 4], pointStyle: 'rectRot', pointRadius: 6 },
        { type: 'line', label: canvas.dataset.mark100, data: pick('mark100'), borderColor: '#a4161a', pointStyle: 'triangle', pointRadius: 7 }
      ]
    },
    options: {
      animation: false,
      scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return kr.format(v) + ' kr'; } } } },
      plugins: { tooltip: { callbacks: { label: function (ctx) { return ctx.dataset.label + ': ' + kr.format(ctx.parsed.y) + ' kr'; } } } }
    }
  });
  canvas.dataset.drawn = 'true';
});

// The progression chart on a plan's page: the 1–10 score as a bold line, the six dimensions as thin
// ones, one point per rating (data-progressions; the table beside it has the same numbers).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('progression-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var ratings = JSON.parse(canvas.dataset.progressions);
  var names = canvas.dataset.dimensions.split('|');
  var colours = ['#7a3e00', '#2d6a4f', '#6a0dad', '#005f73', '#9b2226', '#3d405b'];
  var datasets = [{ label: canvas.dataset.score, data: ratings.map(function (r) { return r.score; }),
    borderColor: '#0b3d66', borderWidth: 4, pointRadius: 5 }];
  names.forEach(function (name, i) {
    datasets.push({ label: name, data: ratings.map(function (r) { return r.dimensions[i]; }),
      borderColor: colours[i], borderWidth: 1.5, borderDash: [4, 3], spanGaps: true });
  });
  new Chart(canvas, {
    type: 'line',
    data: { labels: ratings.map(function (r) { return r.date; }), datasets: datasets },
    options: { animation: false, scales: { y: { min: 1, max: 10, ticks: { stepSize: 1 } } } }
  });
  canvas.dataset.drawn = 'true';
});

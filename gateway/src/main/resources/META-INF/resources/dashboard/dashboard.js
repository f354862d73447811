'use strict';

/*
 * The fund's dashboard: the balance and its trend, contributions by donor and year, expenditure by category, States with
 * projects and recommendations by status, from the gateway's public API. It updates itself when the read model changes
 * (server-sent events from /api/fund/events). Labels in the browser's UN language: the page's own (labels.js), and the
 * codes' from the code lists their owners ship, which the gateway serves under /reference/. Charts: Apache ECharts,
 * served by the gateway itself, drawn on canvas (which needs no inline style attribute, so the page's Content
 * Security Policy allows no inline style at all).
 */
(function () {
  const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
  const language = (navigator.languages || [navigator.language || 'en'])
    .map((tag) => String(tag).toLowerCase().split('-')[0])
    .find((tag) => LANGUAGES.includes(tag)) || 'en';
  const labels = window.FUND_LABELS[language];
  const money = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const charts = {};
  const COLOURS = ['#005a9c', '#e8a33d', '#2a9d8f', '#c0392b', '#7b5ea7', '#6c757d', '#3c8dbc', '#b5651d', '#4caf50', '#9e9e9e'];

  // The code lists whose codes the page shows, by their owners' names; each code's label in the page's language.
  const CODE_LISTS = ['cost-categories', 'implementation-statuses'];
  const codeLabels = {};
  let codeLists = null;
  const codeLabel = (list, code) => (codeLabels[list] || {})[code] || code;

  const label = (key, values) => {
    let text = labels[key] || window.FUND_LABELS.en[key] || key;
    Object.entries(values || {}).forEach(([name, value]) => { text = text.replace('{' + name + '}', value); });
    return text;
  };

  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  document.title = label('title');
  document.querySelectorAll('[data-label]').forEach((element) => { element.textContent = label(element.dataset.label); });

  function showAmount(id, amount) {
    const element = document.getElementById(id);
    element.textContent = amount === null || amount === undefined ? '\u2013' : money.format(amount);
    element.dataset.value = amount === null || amount === undefined ? '' : String(amount);
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  function chart(id, option) {
    const element = document.getElementById(id);
    if (!charts[id]) {
      charts[id] = echarts.init(element, null, { renderer: 'canvas', locale: language === 'zh' ? 'ZH' : 'EN' });
      window.addEventListener('resize', () => charts[id].resize());
    }
    const base = { color: COLOURS, animation: false, textStyle: { fontFamily: 'inherit' } };
    charts[id].setOption(Object.assign(base, option), true);
    element.dataset.series = String(option.series.length);
    element.dataset.points = String(option.series.reduce((count, series) => count + series.data.length, 0));
  }

  async function json(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(path + ': ' + response.status);
    }
    return response.json();
  }

  function showStatus(status) {
    document.getElementById('as-of').textContent = label('asOf', {
      date: new Date(status.asOf + 'T00:00:00Z').toLocaleDateString(language, { timeZone: 'UTC' }),
      time: new Date(status.computedAt).toLocaleTimeString(language)
    });
    showAmount('closing-balance', status.closingBalanceUsd);
    showAmount('income-total', status.income.totalUsd);
    showAmount('expenditure-total', status.expenditure.totalUsd);
    showAmount('pledges-outstanding', status.pledgesOutstanding.totalUsd);
    const carried = status.balanceCarriedForward;
    document.getElementById('balance-note').textContent = carried
      ? label('balanceNote', { date: carried.balanceDate, amount: money.format(carried.amountUsd) }) : '';

    const categories = status.expenditure.byCategory;
    chart('chart-expenditure', {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: categories.map((line) => codeLabel('cost-categories', line.code)) },
      series: [{ name: label('expenditure'), type: 'bar', data: categories.map((line) => line.amountUsd) }]
    });

    const statuses = status.recommendations.byImplementationStatus;
    chart('chart-recommendations', {
      tooltip: { trigger: 'item', renderMode: 'richText' },
      legend: { bottom: 0 },
      series: [{
        name: label('recommendations'), type: 'pie', radius: ['35%', '65%'],
        data: statuses.map((count) => ({ name: codeLabel('implementation-statuses', count.code), value: count.count }))
      }]
    });
    document.getElementById('chart-recommendations').dataset.total = String(status.recommendations.recorded);

    const states = document.querySelector('#states tbody');
    states.replaceChildren();
    for (const country of status.projects.byCountry) {
      const row = document.createElement('tr');
      row.append(cell(country.iso3), cell(String(country.projects), 'number'), cell(money.format(country.budgetUsd), 'number'),
        cell(money.format(country.spentUsd), 'number'));
      states.append(row);
    }
  }

  function showYears(years) {
    const body = document.querySelector('#years tbody');
    body.replaceChildren();
    for (const year of years.years) {
      const row = document.createElement('tr');
      row.dataset.year = String(year.year);
      row.append(cell(String(year.year)), cell(money.format(year.totalIncomeUsd), 'number'),
        cell(money.format(year.totalExpenditureUsd), 'number'), cell(money.format(year.closingBalanceUsd), 'number'));
      body.append(row);
    }
    chart('chart-trend', {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: years.years.map((year) => String(year.year)) },
      yAxis: { type: 'value' },
      series: [{ name: label('closingBalance'), type: 'line', data: years.years.map((year) => year.closingBalanceUsd) }]
    });
  }

  function showContributions(table) {
    const periods = table.periods.map((row) => row.period);
    const donors = table.donors.slice().sort((a, b) => b.amountUsd - a.amountUsd);
    const shown = donors.slice(0, 9);
    const rest = donors.slice(9).map((row) => row.donor.id);
    const name = (donor) => donor.name || donor.id;
    const series = shown.map((row) => ({
      name: name(row.donor), type: 'bar', stack: 'donors',
      data: periods.map((period) => {
        const found = table.rows.find((cellRow) => cellRow.period === period && cellRow.donor.id === row.donor.id);
        return found ? found.amountUsd : 0;
      })
    }));
    if (rest.length > 0) {
      series.push({
        name: label('others'), type: 'bar', stack: 'donors',
        data: periods.map((period) => table.rows.filter((cellRow) => cellRow.period === period && rest.includes(cellRow.donor.id))
          .reduce((sum, cellRow) => sum + cellRow.amountUsd, 0))
      });
    }
    chart('chart-contributions', {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value' },
      series: series
    });
    document.getElementById('contributions-note').textContent = label('contributionsNote', { amount: money.format(table.total.amountUsd) });
  }

  async function loadCodeLists() {
    const lists = await Promise.all(CODE_LISTS.map((name) => json('/reference/' + name + '.json')));
    for (const list of lists) {
      codeLabels[list.codeList] = Object.fromEntries(list.items.map((item) => [item.code, item.labels[language]]));
    }
  }

  let loading = null;
  let again = false;

  async function load() {
    if (loading) {
      again = true;
      return loading;
    }
    loading = (async () => {
      const error = document.getElementById('error');
      try {
        codeLists = codeLists || loadCodeLists();
        const [status, years, table] = await Promise.all([
          json('/api/fund/status'), json('/api/fund/statements'), json('/api/fund/contributions?groupBy=period,donor'), codeLists]);
        showStatus(status);
        showYears(years);
        showContributions(table);
        error.hidden = true;
        document.documentElement.dataset.renders = String(Number(document.documentElement.dataset.renders || 0) + 1);
        document.documentElement.dataset.ready = 'true';
      } catch (e) {
        codeLists = null;
        error.textContent = label('error', { reason: e.message });
        error.hidden = false;
      }
    })();
    await loading;
    loading = null;
    if (again) {
      again = false;
      await load();
    }
  }

  // At most one reload a second, however fast events arrive: the last change is never missed.
  let reloadAt = 0;
  let reloadTimer = null;
  function reloadSoon() {
    if (reloadTimer) {
      return;
    }
    const wait = Math.max(0, reloadAt + 1000 - Date.now());
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      reloadAt = Date.now();
      load();
    }, wait);
  }

  function listen() {
    const live = document.getElementById('live');
    const events = new EventSource('/api/fund/events');
    events.addEventListener('open', () => { live.textContent = label('live'); });
    events.addEventListener('fund-changed', reloadSoon);
    events.addEventListener('error', () => { live.textContent = label('offline'); });
  }

  load().then(listen);
}());

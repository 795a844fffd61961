// The online opinion page (网上征求意见): loads what the link's cycle offers, sends one opinion at a time.
(function () {
  'use strict';
  const token = location.pathname.split('/').filter(Boolean).pop();
  const base = '/intake/' + encodeURIComponent(token);
  const $ = (id) => document.getElementById(id);
  let maxText = 2000;

  function show(id, visible) { $(id).hidden = !visible; }

  function refuse(message) {
    show('loading', false);
    show('opinion', false);
    show('done', false);
    $('refusal').textContent = message;
    show('refusal', true);
  }

  function messageOf(response) {
    return response.json().then((body) => body.message, () => null)
      .then((message) => message || '暂时无法连接，请稍后再试。');
  }

  function option(value, label) {
    const element = document.createElement('option');
    element.value = value;
    element.textContent = label;
    return element;
  }

  function count() {
    const length = Array.from($('text').value.trim()).length;
    $('count').textContent = '已输入 ' + length + ' 字，最多 ' + maxText + ' 字';
  }

  fetch(base + '/form', { credentials: 'omit', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : messageOf(response).then((m) => Promise.reject(m))))
    .then((form) => {
      maxText = form.maxText;
      $('team').textContent = form.teamName + ' · ' + form.year + ' 年度民主生活会';
      $('target').appendChild(option('', '请选择'));
      form.targets.forEach((t) => $('target').appendChild(option(t.value, t.label)));
      $('area').appendChild(option('', '不选'));
      form.areas.forEach((a) => $('area').appendChild(option(a, a)));
      $('deadline').textContent = '截止时间：' + form.deadline;
      count();
      show('loading', false);
      show('opinion', true);
    })
    .catch((message) => refuse(typeof message === 'string' ? message : '暂时无法连接，请稍后再试。'));

  $('text').addEventListener('input', count);

  $('opinion').addEventListener('submit', (event) => {
    event.preventDefault();
    show('error', false);
    const opinion = { target: $('target').value, area: $('area').value, text: $('text').value };
    if (!opinion.target) {
      $('error').textContent = '请选择意见对象。';
      show('error', true);
      return;
    }
    if (!opinion.text.trim()) {
      $('error').textContent = '请填写意见内容。';
      show('error', true);
      return;
    }
    $('submit').disabled = true;
    fetch(base + '/opinions', {
      method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(opinion)
    }).then((response) => messageOf(response).then((message) => {
      if (response.ok) {
        $('thanks').textContent = message;
        $('text').value = '';
        count();
        show('opinion', false);
        show('done', true);
      } else if (response.status === 404 || response.status === 410) {
        refuse(message);
      } else {
        $('error').textContent = message;
        show('error', true);
      }
    })).catch(() => {
      $('error').textContent = '暂时无法连接，请稍后再试。';
      show('error', true);
    }).finally(() => { $('submit').disabled = false; });
  });

  $('again').addEventListener('click', () => {
    show('done', false);
    show('opinion', true);
  });
})();

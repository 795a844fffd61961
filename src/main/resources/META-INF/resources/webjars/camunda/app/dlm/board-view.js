/*
 * The county board (民主生活会总览) over GET /api/board: one row per team for a year, filtered and sorted
 * in the page, the spreadsheet link, and — for the organizing office — withdrawal (撤销) of a running
 * cycle with a reason, after a confirmation. Rendered by the Cockpit plugin (cockpit/scripts/dlm-board.js).
 */
import { apiFetch, element, installStyle, readJson } from './page-kit.js';

const STATUS = { running: '进行中', closed: '已结束', withdrawn: '已撤销' };

const COLUMNS = [
  { key: 'teamName', label: '班子', value: (row) => row.teamName || row.teamId || row.businessKey },
  { key: 'status', label: '状态', value: (row) => STATUS[row.status] || row.status },
  { key: 'phase', label: '阶段', value: (row) => row.phase || '' },
  { key: 'meetingDate', label: '会议日期', value: (row) => row.meetingDate || '' },
  { key: 'openTasks', label: '待办', value: (row) => row.openTasks, numeric: true },
  { key: 'overdueTasks', label: '逾期', value: (row) => row.overdueTasks, numeric: true },
  { key: 'oldestOverdue', label: '最早逾期环节（责任人）', value: (row) => (row.oldestOverdue ? row.oldestOverdue.due : '') },
  { key: 'rectOpen', label: '整改未完成', value: (row) => row.rectification.open, numeric: true },
  { key: 'rectOverdue', label: '整改逾期', value: (row) => row.rectification.overdue, numeric: true },
  { key: 'rectClosed', label: '已销号', value: (row) => row.rectification.closed, numeric: true },
  { key: 'rectCarried', label: '结转', value: (row) => row.rectification.carriedOver, numeric: true }
];

const STYLE = `
.dlm-board { padding: 12px 18px; }
.dlm-board h2 { margin: 4px 0 12px; font-size: 20px; }
.dlm-board .dlm-toolbar { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-bottom: 10px; }
.dlm-board .dlm-toolbar label { font-weight: normal; margin: 0; }
.dlm-board .dlm-toolbar input[type=number] { width: 90px; display: inline-block; }
.dlm-board .dlm-toolbar input[type=search] { width: 200px; display: inline-block; }
.dlm-board .dlm-toolbar select { width: auto; display: inline-block; }
.dlm-board .dlm-summary { margin: 6px 0 10px; color: #444; }
.dlm-board table { background: #fff; }
.dlm-board th { cursor: pointer; white-space: nowrap; user-select: none; }
.dlm-board th[aria-sort=ascending]::after { content: ' ▲'; }
.dlm-board th[aria-sort=descending]::after { content: ' ▼'; }
.dlm-board td.num, .dlm-board th.num { text-align: right; }
.dlm-board td.late { color: #b5152b; font-weight: bold; }
.dlm-board .dlm-key { color: #888; font-size: 12px; }
.dlm-board .dlm-note { color: #666; font-size: 12px; }
.dlm-board .dlm-status-running { color: #1c6e2c; }
.dlm-board .dlm-status-closed { color: #555; }
.dlm-board .dlm-status-withdrawn { color: #b5152b; }
.dlm-board .dlm-message { margin: 8px 0; }
.dlm-dialog { border: 1px solid #bbb; border-radius: 4px; padding: 18px; width: 460px; max-width: 95vw; }
.dlm-dialog::backdrop { background: rgba(0, 0, 0, 0.35); }
.dlm-dialog textarea { width: 100%; min-height: 90px; }
.dlm-dialog .dlm-buttons { margin-top: 12px; text-align: right; }
.dlm-dialog .dlm-buttons .btn { margin-left: 8px; }
.dlm-dialog .dlm-error { color: #b5152b; margin-top: 6px; }
`;

/** The year asked for in the address (#/board?year=2027), else this year. */
function yearInAddress() {
  const year = Number(new URLSearchParams(window.location.hash.split('?')[1] || '').get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear();
}

/**
 * Renders the board into {@code node}. Options: {@code mayWithdraw: false} hides withdrawal even from the
 * office, {@code cockpitLinks: false} shows team names without the link to Cockpit's instance view.
 */
export function renderBoard(node, options = {}) {
  installStyle('dlm-board-style', STYLE);
  const state = { year: yearInAddress(), rows: [], sort: 'teamName', ascending: true,
    status: '', overdueOnly: false, text: '', mayWithdraw: false };

  const yearInput = element('input', { type: 'number', min: '2000', max: '2100', className: 'form-control',
    value: String(state.year), name: 'year' });
  const statusSelect = element('select', { className: 'form-control', name: 'status' },
    element('option', { value: '' }, '全部状态'),
    ...Object.entries(STATUS).map(([value, label]) => element('option', { value }, label)));
  const overdueBox = element('input', { type: 'checkbox', name: 'overdueOnly' });
  const search = element('input', { type: 'search', className: 'form-control', placeholder: '按班子或阶段筛选',
    name: 'text' });
  const exportLink = element('a', { className: 'btn btn-default', href: '#' }, '导出 Excel');
  const summary = element('div', { className: 'dlm-summary' });
  const message = element('div', { className: 'dlm-message', role: 'status' });
  const head = element('thead');
  const body = element('tbody');
  const dialog = withdrawDialog(() => load());
  const table = element('table', { className: 'table table-striped table-condensed dlm-board-table' }, head, body);

  node.appendChild(element('div', { className: 'dlm-board' },
    element('h2', {}, '民主生活会总览'),
    element('div', { className: 'dlm-toolbar' },
      element('label', {}, '年度 ', yearInput),
      element('label', {}, '状态 ', statusSelect),
      element('label', {}, overdueBox, ' 只看有逾期的'),
      search,
      exportLink),
    summary, message, table, dialog.node));

  yearInput.addEventListener('change', () => {
    const year = Number(yearInput.value);
    if (Number.isInteger(year) && year >= 2000 && year <= 2100) {
      state.year = year;
      load();
    } else {
      message.textContent = '年度应在2000至2100之间。';
    }
  });
  statusSelect.addEventListener('change', () => { state.status = statusSelect.value; draw(); });
  overdueBox.addEventListener('change', () => { state.overdueOnly = overdueBox.checked; draw(); });
  search.addEventListener('input', () => { state.text = search.value.trim(); draw(); });

  function load() {
    exportLink.href = '/api/board.xlsx?year=' + state.year;
    message.textContent = '正在读取……';
    Promise.all([apiFetch('/api/board?year=' + state.year).then(readJson), apiFetch('/api/me').then(readJson)])
      .then(([board, me]) => {
        table.hidden = !board.ok;
        summary.hidden = !board.ok;
        if (!board.ok) {
          state.rows = [];
          message.textContent = board.json.message || '总览暂时无法读取，请稍后重试。';
        } else {
          state.rows = board.json;
          message.textContent = '';
        }
        state.mayWithdraw = options.mayWithdraw !== false && me.ok
          && (me.json.groups || []).some((group) => group.id === 'organizing-office');
        draw();
      });
  }

  function visibleRows() {
    const text = state.text.toLowerCase();
    const column = COLUMNS.find((c) => c.key === state.sort);
    return state.rows
      .filter((row) => !state.status || row.status === state.status)
      .filter((row) => !state.overdueOnly || row.overdueTasks > 0 || row.rectification.overdue > 0)
      .filter((row) => !text || [row.teamName, row.teamId, row.businessKey, row.phase]
        .some((value) => value && String(value).toLowerCase().includes(text)))
      .sort((a, b) => {
        const x = column.value(a);
        const y = column.value(b);
        const order = column.numeric ? x - y : String(x).localeCompare(String(y), 'zh-Hans-CN');
        return state.ascending ? order : -order;
      });
  }

  function draw() {
    head.replaceChildren(element('tr', {}, ...COLUMNS.map((column) => {
      const th = element('th', { className: column.numeric ? 'num' : '', scope: 'col', title: '点击排序' }, column.label);
      if (column.key === state.sort) {
        th.setAttribute('aria-sort', state.ascending ? 'ascending' : 'descending');
      }
      th.addEventListener('click', () => {
        state.ascending = column.key === state.sort ? !state.ascending : true;
        state.sort = column.key;
        draw();
      });
      return th;
    }), ...(state.mayWithdraw ? [element('th', {}, '操作')] : [])));

    const rows = visibleRows();
    const count = (status) => state.rows.filter((row) => row.status === status).length;
    summary.textContent = state.year + '年度：共 ' + state.rows.length + ' 个班子，进行中 ' + count('running')
      + '，已结束 ' + count('closed') + '，已撤销 ' + count('withdrawn') + '；有逾期待办 '
      + state.rows.filter((row) => row.overdueTasks > 0).length + ' 个。'
      + (rows.length === state.rows.length ? '' : '当前显示 ' + rows.length + ' 个。');
    if (!rows.length) {
      body.replaceChildren(element('tr', {}, element('td', { colSpan: COLUMNS.length + 1 },
        state.rows.length ? '没有符合筛选条件的班子。' : state.year + '年度还没有民主生活会。')));
      return;
    }
    body.replaceChildren(...rows.map((row) => rowElement(row)));
  }

  function rowElement(row) {
    const team = row.status === 'running' && options.cockpitLinks !== false
      ? element('a', { href: '#/process-instance/' + row.processInstanceId + '/runtime', title: '在流程监控中打开' },
        row.teamName || row.businessKey)
      : element('span', {}, row.teamName || row.businessKey);
    const late = row.oldestOverdue
      ? [row.oldestOverdue.task + '（' + (row.oldestOverdue.owner || '无人办理') + '）',
        element('div', { className: 'dlm-note' }, '应于 ' + row.oldestOverdue.due + ' 完成')]
      : [''];
    const statusCell = [element('span', { className: 'dlm-status-' + row.status }, STATUS[row.status] || row.status)];
    if (row.withdrawal) {
      statusCell.push(element('div', { className: 'dlm-note' }, '理由：' + row.withdrawal.reason + '（'
        + (row.withdrawal.byName || row.withdrawal.by) + '，' + String(row.withdrawal.at || '').slice(0, 10) + '）'));
    }
    const actions = state.mayWithdraw ? [element('td')] : [];
    if (state.mayWithdraw && row.status === 'running') {
      const button = element('button', { type: 'button', className: 'btn btn-xs btn-default' }, '撤销');
      button.addEventListener('click', () => dialog.open(row));
      actions[0].appendChild(button);
    }
    const number = (value, warn) => element('td', { className: 'num' + (warn && value > 0 ? ' late' : '') },
      String(value));
    return element('tr', { 'data-business-key': row.businessKey },
      element('td', {}, team, element('div', { className: 'dlm-key' }, row.businessKey)),
      element('td', {}, ...statusCell),
      element('td', {}, row.phase || ''),
      element('td', {}, row.meetingDate || ''),
      number(row.openTasks),
      number(row.overdueTasks, true),
      element('td', { className: row.oldestOverdue ? 'late' : '' }, ...late),
      number(row.rectification.open),
      number(row.rectification.overdue, true),
      number(row.rectification.closed),
      number(row.rectification.carriedOver),
      ...actions);
  }

  load();
}

/** The confirmation of a withdrawal: the team named, a required reason, 确认撤销 or 取消. */
function withdrawDialog(afterWithdrawal) {
  const title = element('h3', {});
  const reason = element('textarea', { className: 'form-control', maxLength: 500, name: 'reason',
    placeholder: '必填，最多500字，例如：班子选错、重复发起' });
  const error = element('div', { className: 'dlm-error', role: 'alert' });
  const confirm = element('button', { type: 'button', className: 'btn btn-danger' }, '确认撤销');
  const cancel = element('button', { type: 'button', className: 'btn btn-default' }, '取消');
  const node = element('dialog', { className: 'dlm-dialog' }, title,
    element('p', {}, '撤销后，该民主生活会的全部待办随即消失，催办停止；撤销及理由保留在历史和总览中，'
      + '之后可为该班子本年度重新发起。'),
    element('label', {}, '撤销理由'), reason, error,
    element('div', { className: 'dlm-buttons' }, cancel, confirm));
  let current = null;

  cancel.addEventListener('click', () => node.close());
  reason.addEventListener('input', () => { error.textContent = ''; });
  confirm.addEventListener('click', () => {
    const text = reason.value.trim();
    if (!text) {
      error.textContent = '请填写撤销理由。';
      return;
    }
    confirm.disabled = true;
    apiFetch('/api/cycles/' + encodeURIComponent(current.businessKey) + '/withdraw', {
      method: 'POST', body: JSON.stringify({ reason: text })
    }).then(readJson).then((answer) => {
      confirm.disabled = false;
      if (!answer.ok) {
        error.textContent = answer.json.message || '撤销未成功，请稍后重试。';
        return;
      }
      node.close();
      afterWithdrawal();
    });
  });

  return {
    node,
    open(row) {
      current = row;
      title.textContent = '撤销“' + (row.teamName || row.businessKey) + '”' + row.businessKey.slice(-4) + '年度民主生活会';
      reason.value = '';
      error.textContent = '';
      node.showModal();
      reason.focus();
    }
  };
}

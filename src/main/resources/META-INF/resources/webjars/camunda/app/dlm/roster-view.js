/*
 * The roster import page (人员名册导入) over /api/roster: template download, upload, the dry run's summary
 * (预检), then 确认导入 of the same file; a refused file lists every error by sheet, row and column.
 * Rendered by the Cockpit plugin (cockpit/scripts/dlm-board.js).
 */
import { apiFetch, element, installStyle, readJson } from './page-kit.js';
import { renderRobots } from './robots-view.js';

const STYLE = `
.dlm-roster { padding: 12px 18px; max-width: 1100px; }
.dlm-roster h2 { margin: 4px 0 12px; font-size: 20px; }
.dlm-roster .dlm-steps { margin: 0 0 14px; padding-left: 20px; color: #444; }
.dlm-roster .dlm-toolbar { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-bottom: 12px; }
.dlm-roster .dlm-outcome { margin-top: 10px; }
.dlm-roster .dlm-counts td { padding-right: 24px; }
.dlm-roster h4 { margin-top: 16px; }
.dlm-roster table { background: #fff; }
.dlm-roster .dlm-file { position: relative; overflow: hidden; margin: 0; }
.dlm-roster .dlm-file input { position: absolute; left: 0; top: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
.dlm-roster .dlm-file-name { color: #555; min-width: 120px; }
`;

const KINDS = [
  ['toCreate', '新建'],
  ['toChange', '更改'],
  ['notInSheet', '系统中有、名册中没有（只列出，不会删除）']
];

export function renderRoster(node) {
  installStyle('dlm-roster-style', STYLE);
  const file = element('input', { type: 'file', accept: '.xlsx,.csv', name: 'file', title: '选择名册文件' });
  const fileName = element('span', { className: 'dlm-file-name' }, '未选择文件');
  const check = element('button', { type: 'button', className: 'btn btn-default' }, '预检（不做更改）');
  const apply = element('button', { type: 'button', className: 'btn btn-primary', disabled: true }, '确认导入');
  const outcome = element('div', { className: 'dlm-outcome', role: 'status' });

  node.appendChild(element('div', { className: 'dlm-roster' },
    element('h2', {}, '人员名册导入'),
    element('ol', { className: 'dlm-steps' },
      element('li', {}, '下载模板，按“班子”“人员”两张工作表填写（也可上传其中一张表的 CSV 文件）；'),
      element('li', {}, '选择文件并预检：系统检查整个名册，列出将新建、将更改的内容，此时不做任何更改；'),
      element('li', {}, '核对无误后确认导入。同一名册再次导入不会重复更改；新用户将收到设置密码的邮件。')),
    element('div', { className: 'dlm-toolbar' },
      element('a', { className: 'btn btn-link', href: '/api/roster/template.xlsx' }, '下载名册模板'),
      element('label', { className: 'btn btn-default dlm-file' }, '选择名册文件…', file), fileName,
      check, apply),
    outcome));

  file.addEventListener('change', () => {
    fileName.textContent = file.files[0] ? file.files[0].name : '未选择文件';
    apply.disabled = true;
    outcome.replaceChildren();
  });
  renderRobots(node);
  check.addEventListener('click', () => send(true));
  apply.addEventListener('click', () => send(false));

  function send(dryRun) {
    const chosen = file.files[0];
    if (!chosen) {
      outcome.replaceChildren(alert('danger', '请先选择名册文件（.xlsx 或 .csv）。'));
      return;
    }
    const form = new FormData();
    form.append('file', chosen);
    check.disabled = true;
    apply.disabled = true;
    outcome.replaceChildren(element('p', {}, dryRun ? '正在预检……' : '正在导入……'));
    apiFetch('/api/roster?dryRun=' + dryRun, { method: 'POST', body: form }).then(readJson).then((answer) => {
      check.disabled = false;
      if (!answer.ok) {
        outcome.replaceChildren(...failure(answer.json));
        return;
      }
      outcome.replaceChildren(...summary(answer.json));
      apply.disabled = !(dryRun && (answer.json.counts.toCreate > 0 || answer.json.counts.toChange > 0));
    });
  }
}

function alert(kind, text) {
  return element('div', { className: 'alert alert-' + kind }, text);
}

function failure(json) {
  const parts = [alert('danger', json.message || '导入未成功，请稍后重试。')];
  if (Array.isArray(json.errors) && json.errors.length) {
    parts.push(element('table', { className: 'table table-condensed table-bordered dlm-errors' },
      element('thead', {}, element('tr', {}, ...['工作表', '行', '列', '问题'].map((label) => element('th', {}, label)))),
      element('tbody', {}, ...json.errors.map((error) => element('tr', {},
        element('td', {}, error.sheet || ''), element('td', {}, error.row ? String(error.row) : ''),
        element('td', {}, error.column || ''), element('td', {}, error.message || ''))))));
  }
  return parts;
}

function summary(json) {
  const counts = json.counts;
  const will = json.dryRun ? '将' : '已';
  const parts = [alert(json.dryRun ? 'info' : 'success', json.message),
    element('table', { className: 'dlm-counts' }, element('tbody', {}, element('tr', {},
      element('td', {}, will + '新建 ' + counts.toCreate), element('td', {}, will + '更改 ' + counts.toChange),
      element('td', {}, '不变 ' + counts.unchanged), element('td', {}, '名册中没有 ' + counts.notInSheet))))];
  for (const [key, label] of KINDS) {
    const lines = json[key] || [];
    if (!lines.length) {
      continue;
    }
    parts.push(element('h4', {}, (key === 'notInSheet' ? '' : will) + label + '（' + lines.length + '）'),
      element('table', { className: 'table table-condensed table-striped dlm-changes', 'data-part': key },
        element('thead', {}, element('tr', {}, element('th', {}, '类别'), element('th', {}, '编号/登录名'),
          element('th', {}, '内容'))),
        element('tbody', {}, ...lines.map((line) => element('tr', {}, element('td', {}, line.kind),
          element('td', {}, line.id), element('td', {}, line.text))))));
  }
  return parts;
}

/*
 * The work-group robots (群机器人) section of the roster page: the robots set for teams and for the office, shown
 * masked as /api/robots returns them, a form to set one (address and DingTalk secret go in, never come back) and
 * 删除 per robot.
 */
import { apiFetch, element, installStyle, readJson } from './page-kit.js';

const STYLE = `
.dlm-robots { padding: 0 18px 18px; max-width: 1100px; }
.dlm-robots h3 { margin: 18px 0 8px; font-size: 18px; }
.dlm-robots .dlm-robot-form { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0 12px; }
.dlm-robots .dlm-robot-form .form-control { display: inline-block; width: auto; }
.dlm-robots .dlm-robot-form input[name=webhook] { min-width: 420px; }
.dlm-robots .dlm-robot-form input[name=secret] { min-width: 260px; }
.dlm-robots table { background: #fff; }
`;

const OFFICE = 'organizing-office';

export function renderRobots(node) {
  installStyle('dlm-robots-style', STYLE);
  const group = element('select', { name: 'group', className: 'form-control', title: '群' },
    element('option', { value: OFFICE }, '组织办（督办消息）'));
  const kind = element('select', { name: 'kind', className: 'form-control', title: '群机器人类型' },
    element('option', { value: '企业微信' }, '企业微信'), element('option', { value: '钉钉' }, '钉钉'));
  const webhook = element('input', { name: 'webhook', className: 'form-control', title: '群机器人地址',
    placeholder: '群机器人地址（Webhook，https://…）' });
  const secret = element('input', { name: 'secret', type: 'password', className: 'form-control', title: '钉钉加签密钥',
    placeholder: '钉钉加签密钥 SEC…（选填）', autocomplete: 'off' });
  const save = element('button', { type: 'button', className: 'btn btn-primary' }, '保存群机器人');
  const message = element('div', { role: 'status' });
  const list = element('div', { className: 'dlm-robot-list' });

  node.appendChild(element('div', { className: 'dlm-robots' },
    element('h3', {}, '群机器人（企业微信 / 钉钉）'),
    element('p', {}, '每天催办巡检时，各班子的逾期待办发到该班子的工作群，督办消息发到组织办的工作群。'
      + '地址和密钥保存后只以遮盖形式显示；密钥留空则保留已设置的密钥。也可在名册“班子”工作表中填写。'),
    element('div', { className: 'dlm-robot-form' }, group, kind, webhook, secret, save),
    message, list));

  apiFetch('/api/teams').then(readJson).then((answer) => {
    if (answer.ok) {
      answer.json.forEach((team) => group.appendChild(element('option', { value: team.id }, team.name || team.id)));
    }
  });
  refresh();

  save.addEventListener('click', () => {
    const body = { kind: kind.value, webhook: webhook.value.trim() };
    if (secret.value.trim()) {
      body.secret = secret.value.trim();
    }
    save.disabled = true;
    apiFetch('/api/robots/' + encodeURIComponent(group.value), { method: 'PUT', body: JSON.stringify(body) })
      .then(readJson).then((answer) => {
        save.disabled = false;
        if (!answer.ok) {
          message.replaceChildren(alert('danger', answer.json.message || '保存未成功，请稍后重试。'));
          return;
        }
        webhook.value = '';
        secret.value = '';
        message.replaceChildren(alert('success', '已保存“' + answer.json.groupName + '”的群机器人。'));
        refresh();
      });
  });

  function refresh() {
    apiFetch('/api/robots').then(readJson).then((answer) => {
      if (!answer.ok) {
        list.replaceChildren(alert('danger', answer.json.message || '无法读取群机器人设置。'));
        return;
      }
      if (!answer.json.length) {
        list.replaceChildren(element('p', { className: 'text-muted' }, '尚未设置群机器人。'));
        return;
      }
      list.replaceChildren(element('table', { className: 'table table-condensed table-striped dlm-robot-table' },
        element('thead', {}, element('tr', {}, ...['群', '类型', '地址', '钉钉加签密钥', '设置人', ''].map(
          (label) => element('th', {}, label)))),
        element('tbody', {}, ...answer.json.map((robot) => element('tr', { 'data-group': robot.groupId },
          element('td', {}, robot.groupName || robot.groupId), element('td', {}, robot.kind),
          element('td', {}, robot.webhook), element('td', {}, robot.secret || '—'),
          element('td', {}, robot.updatedByName || ''),
          element('td', {}, removeButton(robot)))))));
    });
  }

  function removeButton(robot) {
    const button = element('button', { type: 'button', className: 'btn btn-link' }, '删除');
    button.addEventListener('click', () => {
      apiFetch('/api/robots/' + encodeURIComponent(robot.groupId), { method: 'DELETE' }).then(readJson)
        .then((answer) => {
          message.replaceChildren(answer.ok ? alert('success', '已删除“' + (robot.groupName || robot.groupId) + '”的群机器人。')
            : alert('danger', answer.json.message || '删除未成功。'));
          refresh();
        });
    });
    return button;
  }
}

function alert(kind, text) {
  return element('div', { className: 'alert alert-' + kind }, text);
}

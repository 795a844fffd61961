/*
 * The county board (民主生活会总览) read-only in Tasklist, for the supervisors (督导组), who do not use
 * Cockpit, and the office: a header link shown to those two groups only, and the page at #/board.
 * Withdrawal and the links into Cockpit stay in Cockpit's board. /api/board checks the caller again.
 */
import { renderBoard } from '../../dlm/board-view.js';
import { apiFetch, element, installStyle, readJson } from '../../dlm/page-kit.js';

const READERS = ['organizing-office', 'supervisors'];

installStyle('dlm-board-link-style', 'body:not(.dlm-may-read-board) .dlm-board-action { display: none !important; }'
  + ' .dlm-board-page { background: #fff; min-height: 100%; overflow: auto; }');

export default [
  {
    id: 'dlm-board-action',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render(node) {
      node.classList.add('dlm-board-action');
      node.appendChild(element('a', { href: '#/board', className: 'dlm-menu-board' }, '民主生活会总览'));
      apiFetch('/api/me').then(readJson).then((me) => document.body.classList.toggle('dlm-may-read-board',
        me.ok && (me.json.groups || []).some((group) => READERS.includes(group.id))));
    }
  },
  {
    id: 'dlm-board-route',
    pluginPoint: 'tasklist.route',
    properties: { path: '/board' },
    render(node) {
      const page = element('div', { className: 'dlm-board-page' });
      node.appendChild(page);
      renderBoard(page, { mayWithdraw: false, cockpitLinks: false });
    }
  }
];

/*
 * Cockpit plugins (the 7.14+ plugin interface: ES modules listed in config.js customScripts) for the
 * organizing office: the county board (民主生活会总览) at #/board and the roster import (人员名册导入)
 * at #/roster, each with an entry in the header's menu. Cockpit itself opens to the office and the
 * administrators only; the pages' data come from /api, which checks the caller again.
 */
import { renderBoard } from '../../dlm/board-view.js';
import { renderRoster } from '../../dlm/roster-view.js';
import { element } from '../../dlm/page-kit.js';

function menuEntry(id, path, label, priority) {
  return {
    id: 'dlm-' + id + '-menu',
    pluginPoint: 'cockpit.navigation',
    priority,
    properties: {
      pagePath: '#' + path,
      checkActive: (url) => (url || '').split('?')[0].endsWith('#' + path)
    },
    render(node) {
      node.appendChild(element('a', { href: '#' + path, className: 'dlm-menu-' + id }, label));
    }
  };
}

function route(id, path, render) {
  return {
    id: 'dlm-' + id + '-route',
    pluginPoint: 'cockpit.route',
    properties: { path },
    render(node) {
      render(node);
    }
  };
}

export default [
  menuEntry('board', '/board', '民主生活会总览', 120),
  route('board', '/board', (node) => renderBoard(node)),
  menuEntry('roster', '/roster', '人员名册导入', 110),
  route('roster', '/roster', (node) => renderRoster(node))
];

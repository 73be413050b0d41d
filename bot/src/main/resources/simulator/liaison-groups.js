// The simulator's liaison groups (联络组) by name: what each configured group's robot or app group chat received.
// Text is put on the page with textContent only. The seqs shown here are published in window.ecoLiaisonShown so the
// raw group view (simulator.js) leaves them out.
(function () {
  'use strict';

  var POLL_MS = 1000;

  window.ecoLiaisonShown = window.ecoLiaisonShown || {};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // Robot markdown as plain lines: emphasis marks, quote marks and font tags dropped (never parsed as HTML).
  function plain(markdown) {
    return String(markdown)
      .replace(/<font[^>]*>/g, '').replace(/<\/font>/g, '')
      .replace(/\*\*/g, '')
      .split('\n')
      .map(function (line) { return line.replace(/^>\s?/, ''); });
  }

  function time(at) {
    var date = new Date(at);
    return isNaN(date.getTime()) ? '' : date.toLocaleString('zh-CN', { hour12: false });
  }

  function render(groups) {
    var panel = document.getElementById('liaison-groups');
    if (!panel) { return; }
    var shown = {};
    panel.textContent = '';
    groups.forEach(function (group) {
      var box = el('article', 'group liaison-group');
      box.setAttribute('data-group', group.name);
      box.appendChild(el('h3', null, group.name + '（' + group.via + '）'));
      if (group.members && group.members.length) {
        box.appendChild(el('div', 'group-meta', '责任人 ' + group.members.join('、')));
      }
      if (!group.received.length) {
        box.appendChild(el('p', 'empty', '尚未收到提醒。'));
      }
      group.received.forEach(function (message) {
        shown[message.seq] = true;
        var row = el('div', 'group-msg liaison-reminder');
        row.setAttribute('data-seq', message.seq);
        if (message.reminder) { row.setAttribute('data-reminder', message.reminder); }
        row.appendChild(el('div', 'meta', time(message.at) + (message.reminder ? ' · ' + message.reminder : '')));
        var body = el('div', 'md');
        plain(message.content).forEach(function (line) { body.appendChild(el('div', 'md-line', line)); });
        row.appendChild(body);
        box.appendChild(row);
      });
      panel.appendChild(box);
    });
    panel.hidden = groups.length === 0;
    var changed = Object.keys(shown).join(',') !== Object.keys(window.ecoLiaisonShown || {}).join(',')
      || (window.ecoLiaisonGroups || 0) !== groups.length;
    window.ecoLiaisonShown = shown;
    window.ecoLiaisonGroups = groups.length;
    if (changed && window.ecoRenderLiaison) { window.ecoRenderLiaison(); }
  }

  function poll() {
    fetch('/simulator/liaison-groups', { headers: { 'Accept': 'application/json' }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) { render(data.groups || []); } })
      .catch(function () { /* the main page reports an unreachable assistant */ })
      .then(function () { window.setTimeout(poll, POLL_MS); });
  }

  document.addEventListener('DOMContentLoaded', poll);
})();

// The simulator's group-chat panel: officers @-mention the 智能机器人 in one internal group chat, and the bot's
// stream fills in as the simulated WeCom refreshes it. Text goes on the page with textContent only, never as markup.
(function () {
  'use strict';

  var POLL_MS = 400;

  function $(id) { return document.getElementById(id); }

  function show(lines) {
    var box = $('group-messages');
    var atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
    while (box.firstChild) { box.removeChild(box.firstChild); }
    lines.forEach(function (line) {
      var row = document.createElement('div');
      row.className = 'group-line' + (line.bot ? ' bot' : '');
      row.setAttribute('data-seq', String(line.seq));
      if (line.bot) { row.setAttribute('data-finished', line.finished ? 'true' : 'false'); }
      var who = document.createElement('div');
      who.className = 'group-from';
      who.textContent = line.bot ? line.from + (line.finished ? '' : '（输入中…）') : line.from;
      var text = document.createElement('div');
      text.className = 'group-text';
      text.textContent = line.text;
      row.appendChild(who);
      row.appendChild(text);
      box.appendChild(row);
    });
    $('group-empty').hidden = lines.length > 0;
    if (atBottom) { box.scrollTop = box.scrollHeight; }
  }

  function poll() {
    fetch('/simulator/group/lines', { headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (json) { if (json) { show(json.lines); } })
      .catch(function () { /* the main panel reports a restarting assistant */ })
      .then(function () { setTimeout(poll, POLL_MS); });
  }

  function send(event) {
    event.preventDefault();
    var input = $('group-input');
    var text = input.value.trim();
    var member = $('group-member').value.trim();
    $('group-error').textContent = '';
    if (!text || !member) { return; }
    $('group-send').disabled = true;
    fetch('/simulator/group/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ userId: member, text: text })
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json && json.detail ? json.detail : 'HTTP ' + response.status); }
        input.value = '';
      });
    }).catch(function (failure) {
      $('group-error').textContent = failure.message || '发送失败';
    }).then(function () { $('group-send').disabled = false; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!$('group-composer')) { return; }
    $('group-composer').addEventListener('submit', send);
    $('group-input').addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) { send(event); }
    });
    poll();
  });
}());

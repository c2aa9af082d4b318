// Drives yaml-language-server over stdio against formwork.schema.json and checks what an editor
// shows: completion for a new resource's and a new event's `type:` offers every type, and the
// examples (which carry the schema modeline) have no diagnostics. Prints what it measured; exits 1
// on a failed check.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const [serverBin, repo] = process.argv.slice(2);
const schema = path.join(repo, 'formwork.schema.json');
const server = spawn(process.execPath, [serverBin, '--stdio']);
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map();

server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const header = buffer.indexOf('\r\n\r\n');
    if (header < 0) return;
    const length = Number(/Content-Length: (\d+)/.exec(buffer.slice(0, header).toString())[1]);
    if (buffer.length < header + 4 + length) return;
    const message = JSON.parse(buffer.slice(header + 4, header + 4 + length).toString());
    buffer = buffer.slice(header + 4 + length);
    if (message.id !== undefined && pending.has(message.id)) {
      pending.get(message.id)(message.result);
      pending.delete(message.id);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      diagnostics.set(message.params.uri, message.params.diagnostics);
    } else if (message.id !== undefined && message.method) {
      // The server asks for settings and registrations; answer so it carries on.
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
      send({ jsonrpc: '2.0', id: message.id, result });
    }
  }
});

function send(message) {
  const text = JSON.stringify(message);
  server.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
}
function request(method, params) {
  const id = nextId++;
  send({ jsonrpc: '2.0', id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}
const notify = (method, params) => send({ jsonrpc: '2.0', method, params });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function open(uri, text) {
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
}

async function completion(name, text, line, character) {
  const uri = `file:///formwork-editor-check/${name}.yml`;
  open(uri, `# yaml-language-server: $schema=${schema}\n${text}`);
  const result = await request('textDocument/completion', {
    textDocument: { uri },
    position: { line: line + 1, character },
  });
  return ((result && (result.items || result)) || []).map((item) => item.label).sort();
}

let failed = false;
function check(what, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${detail}`);
  failed = failed || !ok;
}

(async () => {
  await request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', {
    settings: { yaml: { validate: true, completion: true, schemaStore: { enable: false } } },
  });

  const types = await completion('resource', 'resources:\n  thing:\n    type: \n', 2, 10);
  check('resource types offered for `type:`', types.length === 17, `${types.length}: ${types.join(', ')}`);

  const function_ =
    'resources:\n  api:\n    type: function\n    properties:\n      packaging:\n' +
    '        type: stacktape-lambda-buildpack\n        properties:\n          entryfilePath: a.ts\n' +
    '      events:\n        - type: \n';
  const events = await completion('event', function_, 9, 16);
  check('event types offered for `type:`', events.length === 12, `${events.length}: ${events.join(', ')}`);

  // The same server flags a mistake, so "no problems" below means the schema was applied.
  const typoUri = 'file:///formwork-editor-check/typo.yml';
  open(typoUri, `# yaml-language-server: $schema=${schema}\nresources:\n  api:\n    type: bucket\n    properties:\n      versionin: true\n`);
  for (let waited = 0; !diagnostics.has(typoUri) && waited < 10000; waited += 100) await sleep(100);
  const typo = (diagnostics.get(typoUri) || []).map((d) => d.message);
  check('a misspelt property is flagged', typo.length > 0, typo.join(' | ') || 'nothing flagged');

  for (const example of fs.readdirSync(path.join(repo, 'examples')).sort()) {
    const file = path.join(repo, 'examples', example, 'formwork.yml');
    if (!fs.existsSync(file)) continue;
    const uri = 'file://' + file;
    open(uri, fs.readFileSync(file, 'utf8'));
    for (let waited = 0; !diagnostics.has(uri) && waited < 10000; waited += 100) await sleep(100);
    const found = diagnostics.get(uri);
    check(
      `examples/${example} (schema from its modeline)`,
      found !== undefined && found.length === 0,
      found === undefined ? 'no diagnostics published' : found.map((d) => d.message).join(' | ') || 'no problems',
    );
  }
  server.kill();
  process.exit(failed ? 1 : 0);
})();

// formwork local invoke bootstrap: loads a handler (CommonJS or ES module), calls it as Lambda would,
// and writes {"ok":true,"value":...} or {"ok":false,"errorType":...,"errorMessage":...} to a file.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [, , file, exportName, eventFile, resultFile] = process.argv;
const started = Date.now();
const timeoutMs = Number(process.env.AWS_LAMBDA_FUNCTION_TIMEOUT || '3') * 1000;
const context = {
  functionName: process.env.AWS_LAMBDA_FUNCTION_NAME || 'local',
  functionVersion: '$LATEST',
  memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE || '128',
  awsRequestId: 'local-00000000-0000-0000-0000-000000000000',
  invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION || 'us-east-1'}:000000000000:function:${process.env.AWS_LAMBDA_FUNCTION_NAME || 'local'}`,
  logGroupName: `/aws/lambda/${process.env.AWS_LAMBDA_FUNCTION_NAME || 'local'}`,
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
};

function finish(result) {
  writeFileSync(resultFile, JSON.stringify(result));
}

try {
  const mod = await import(pathToFileURL(file).href);
  // Lambda require()s a CommonJS bundle and reads the export by name. import() of CommonJS puts
  // module.exports under `default`, so `export default handler` (bundled as exports.default) is
  // mod.default.default here, and mod.default is the exports object, not the handler.
  const handler = [mod[exportName], mod.default?.[exportName]].find((candidate) => typeof candidate === 'function');
  if (typeof handler !== 'function') {
    throw new TypeError(`${file} has no exported function "${exportName}"`);
  }
  const event = JSON.parse(readFileSync(eventFile, 'utf8'));
  const value = await new Promise((resolve, reject) => {
    const returned = handler(event, context, (error, result) => (error ? reject(error) : resolve(result)));
    if (returned && typeof returned.then === 'function') {
      returned.then(resolve, reject);
    } else if (handler.length < 3) {
      resolve(returned);
    }
  });
  finish({ ok: true, value: value === undefined ? null : value });
} catch (error) {
  console.error(error && error.stack ? error.stack : String(error));
  finish({ ok: false, errorType: (error && error.name) || 'Error', errorMessage: String((error && error.message) || error) });
  process.exitCode = 1;
}

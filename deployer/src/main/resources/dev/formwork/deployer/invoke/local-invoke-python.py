# formwork local invoke bootstrap: loads a handler module by path, calls it as Lambda would, and writes
# {"ok": true, "value": ...} or {"ok": false, "errorType": ..., "errorMessage": ...} to a file.
import importlib.util
import json
import os
import sys
import time
import traceback

file, export_name, event_file, result_file = sys.argv[1:5]
started = time.time()
timeout_s = float(os.environ.get("AWS_LAMBDA_FUNCTION_TIMEOUT", "3"))


class Context:
    function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "local")
    function_version = "$LATEST"
    memory_limit_in_mb = int(os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128"))
    aws_request_id = "local-00000000-0000-0000-0000-000000000000"
    invoked_function_arn = "arn:aws:lambda:%s:000000000000:function:%s" % (os.environ.get("AWS_REGION", "us-east-1"), function_name)
    log_group_name = "/aws/lambda/" + function_name

    def get_remaining_time_in_millis(self):
        return max(0, int((timeout_s - (time.time() - started)) * 1000))


def finish(result):
    with open(result_file, "w", encoding="utf-8") as out:
        json.dump(result, out)


try:
    sys.path.insert(0, os.path.dirname(os.path.abspath(file)))
    spec = importlib.util.spec_from_file_location(os.path.splitext(os.path.basename(file))[0], file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    handler = getattr(module, export_name, None)
    if not callable(handler):
        raise TypeError('%s has no function "%s"' % (file, export_name))
    with open(event_file, encoding="utf-8") as source:
        event = json.load(source)
    finish({"ok": True, "value": handler(event, Context())})
except Exception as error:  # the handler's error is the invocation's result
    traceback.print_exc()
    finish({"ok": False, "errorType": type(error).__name__, "errorMessage": str(error)})
    sys.exit(1)

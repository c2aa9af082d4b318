"""Nightly report of the orders example (triggered by a schedule)."""


def handler(event, context):
    print({"report": event.get("report", "daily")})
    return {"ok": True}

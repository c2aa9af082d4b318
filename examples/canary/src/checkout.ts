// The function being released: a Lambda function URL handler (payload format 2.0).
export const handler = async (event: { rawPath?: string; body?: string }) => {
  const order = event.body ? JSON.parse(event.body) : {};
  return {
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ accepted: true, items: Array.isArray(order.items) ? order.items.length : 0 }),
  };
};

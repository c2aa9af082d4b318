// Handler for the 'process-order' function of the orders example.
export const handler = async (event: unknown) => {
  console.log(JSON.stringify({ function: "process-order", event }));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};

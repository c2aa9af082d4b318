// Handler for the 'api' function of the orders example.
export const handler = async (event: unknown) => {
  console.log(JSON.stringify({ function: "api", event }));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};

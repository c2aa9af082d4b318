// Handler for the 'legacy-bridge' function of the orders example.
export const handler = async (event: unknown) => {
  console.log(JSON.stringify({ function: "legacy-bridge", event }));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};

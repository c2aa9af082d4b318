// Handler for the 'notify' function of the orders example.
export const handler = async (event: unknown) => {
  console.log(JSON.stringify({ function: "notify", event }));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};

// Handler for the 'watch' function of the orders example.
export const handler = async (event: unknown) => {
  console.log(JSON.stringify({ function: "watch", event }));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};

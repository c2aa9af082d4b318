// Handler for the 'clicks' function of the orders example.
export const handler = async (event: unknown) => {
  console.log(JSON.stringify({ function: "clicks", event }));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};

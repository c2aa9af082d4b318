// Handler for the 'storefront' function of the orders example.
export const handler = async (event: unknown) => {
  console.log(JSON.stringify({ function: "storefront", event }));
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};

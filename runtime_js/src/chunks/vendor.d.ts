// Libraries the family chunks bundle that ship no type declarations.
declare module "plotly.js-dist-min";

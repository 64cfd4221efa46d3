import type { Config } from "tailwindcss";

// Read by Tailwind v4 through `@config` in app/globals.css.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef7ff", 100: "#d9edff", 500: "#2f7fe0", 600: "#1f66c2", 700: "#1a529c", 900: "#15335c" },
      },
    },
  },
};

export default config;

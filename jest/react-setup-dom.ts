// Testing Library's DOM matchers for the component tests (harmless in node-environment tests).
import '@testing-library/jest-dom';

/**
 * The custom functions bundle. Importing each file is enough: at build time the metadata plugin
 * appends a `CustomFunctions.associate(id, function)` call for every `@customfunction` in it.
 */
import "./risk-functions";
import "./evm-functions";
import "./rag-functions";
import "./portfolio-functions";
import "./budget-functions";

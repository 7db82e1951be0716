/**
 * Leaflet and its stylesheet, in one module that only the lazily loaded map imports: the
 * library touches `window` when it loads, and neither it nor its CSS belongs in the page
 * that is prerendered and shown before the map.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './leaflet-theme.css';

export default L;

/**
 * Where the map's layer origin will be once it is at `center` and `zoom`, in pixels of that
 * zoom: what an animated zoom scales a layer towards (see MapMarkers). Leaflet's own layers ask
 * the map's private `_getNewPixelOrigin`; this is the same sum in its public API.
 */
import type * as Leaflet from 'leaflet';

export function newPixelOrigin(
	L: typeof Leaflet,
	map: Leaflet.Map,
	center: Leaflet.LatLng,
	zoom: number
): Leaflet.Point {
	const pane = L.DomUtil.getPosition(map.getPane('mapPane')!);
	return map.project(center, zoom).subtract(map.getSize().divideBy(2)).add(pane).round();
}

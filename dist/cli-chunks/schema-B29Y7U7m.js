import { o as object, b as boolean, p as partialRecord, u as union, l as literal, _ as _enum, a as array, s as string, n as number, r as record, c as lazy } from './schemas-C2QTqLNC.js';

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

function getAugmentedNamespace(n) {
  if (Object.prototype.hasOwnProperty.call(n, '__esModule')) return n;
  var f = n.default;
	if (typeof f == "function") {
		var a = function a () {
			var isInstance = false;
      try {
        isInstance = this instanceof a;
      } catch (e) {}
			if (isInstance) {
        return Reflect.construct(f, arguments, this.constructor);
			}
			return f.apply(this, arguments);
		};
		a.prototype = f.prototype;
  } else a = {};
  Object.defineProperty(a, '__esModule', {value: true});
	Object.keys(n).forEach(function (k) {
		var d = Object.getOwnPropertyDescriptor(n, k);
		Object.defineProperty(a, k, d.get ? d : {
			enumerable: true,
			get: function () {
				return n[k];
			}
		});
	});
	return a;
}

var dayjs_min$1 = {exports: {}};

var dayjs_min = dayjs_min$1.exports;

var hasRequiredDayjs_min;

function requireDayjs_min () {
	if (hasRequiredDayjs_min) return dayjs_min$1.exports;
	hasRequiredDayjs_min = 1;
	(function (module, exports) {
		!function(t,e){module.exports=e();}(dayjs_min,(function(){var t=1e3,e=6e4,n=36e5,r="millisecond",i="second",s="minute",u="hour",a="day",o="week",c="month",f="quarter",h="year",d="date",l="Invalid Date",$=/^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/,y=/\[([^\]]+)]|YYYY|YY|M{1,4}|D{1,2}|d{1,4}|H{1,2}|h{1,2}|a|A|m{1,2}|s{1,2}|Z{1,2}|SSS/g,M={name:"en",weekdays:"Sunday_Monday_Tuesday_Wednesday_Thursday_Friday_Saturday".split("_"),months:"January_February_March_April_May_June_July_August_September_October_November_December".split("_"),ordinal:function(t){var e=["th","st","nd","rd"],n=t%100;return "["+t+(e[(n-20)%10]||e[n]||e[0])+"]"}},m=function(t,e,n){var r=String(t);return !r||r.length>=e?t:""+Array(e+1-r.length).join(n)+t},v={s:m,z:function(t){var e=-t.utcOffset(),n=Math.abs(e),r=Math.floor(n/60),i=n%60;return (e<=0?"+":"-")+m(r,2,"0")+":"+m(i,2,"0")},m:function t(e,n){if(e.date()<n.date())return -t(n,e);var r=12*(n.year()-e.year())+(n.month()-e.month()),i=e.clone().add(r,c),s=n-i<0,u=e.clone().add(r+(s?-1:1),c);return +(-(r+(n-i)/(s?i-u:u-i))||0)},a:function(t){return t<0?Math.ceil(t)||0:Math.floor(t)},p:function(t){return {M:c,y:h,w:o,d:a,D:d,h:u,m:s,s:i,ms:r,Q:f}[t]||String(t||"").toLowerCase().replace(/s$/,"")},u:function(t){return void 0===t}},g="en",D={};D[g]=M;var p="$isDayjsObject",S=function(t){return t instanceof _||!(!t||!t[p])},w=function t(e,n,r){var i;if(!e)return g;if("string"==typeof e){var s=e.toLowerCase();D[s]&&(i=s),n&&(D[s]=n,i=s);var u=e.split("-");if(!i&&u.length>1)return t(u[0])}else {var a=e.name;D[a]=e,i=a;}return !r&&i&&(g=i),i||!r&&g},O=function(t,e){if(S(t))return t.clone();var n="object"==typeof e?e:{};return n.date=t,n.args=arguments,new _(n)},b=v;b.l=w,b.i=S,b.w=function(t,e){return O(t,{locale:e.$L,utc:e.$u,x:e.$x,$offset:e.$offset})};var _=function(){function M(t){this.$L=w(t.locale,null,true),this.parse(t),this.$x=this.$x||t.x||{},this[p]=true;}var m=M.prototype;return m.parse=function(t){this.$d=function(t){var e=t.date,n=t.utc;if(null===e)return new Date(NaN);if(b.u(e))return new Date;if(e instanceof Date)return new Date(e);if("string"==typeof e&&!/Z$/i.test(e)){var r=e.match($);if(r){var i=r[2]-1||0,s=(r[7]||"0").substring(0,3);return n?new Date(Date.UTC(r[1],i,r[3]||1,r[4]||0,r[5]||0,r[6]||0,s)):new Date(r[1],i,r[3]||1,r[4]||0,r[5]||0,r[6]||0,s)}}return new Date(e)}(t),this.init();},m.init=function(){var t=this.$d;this.$y=t.getFullYear(),this.$M=t.getMonth(),this.$D=t.getDate(),this.$W=t.getDay(),this.$H=t.getHours(),this.$m=t.getMinutes(),this.$s=t.getSeconds(),this.$ms=t.getMilliseconds();},m.$utils=function(){return b},m.isValid=function(){return !(this.$d.toString()===l)},m.isSame=function(t,e){var n=O(t);return this.startOf(e)<=n&&n<=this.endOf(e)},m.isAfter=function(t,e){return O(t)<this.startOf(e)},m.isBefore=function(t,e){return this.endOf(e)<O(t)},m.$g=function(t,e,n){return b.u(t)?this[e]:this.set(n,t)},m.unix=function(){return Math.floor(this.valueOf()/1e3)},m.valueOf=function(){return this.$d.getTime()},m.startOf=function(t,e){var n=this,r=!!b.u(e)||e,f=b.p(t),l=function(t,e){var i=b.w(n.$u?Date.UTC(n.$y,e,t):new Date(n.$y,e,t),n);return r?i:i.endOf(a)},$=function(t,e){return b.w(n.toDate()[t].apply(n.toDate("s"),(r?[0,0,0,0]:[23,59,59,999]).slice(e)),n)},y=this.$W,M=this.$M,m=this.$D,v="set"+(this.$u?"UTC":"");switch(f){case h:return r?l(1,0):l(31,11);case c:return r?l(1,M):l(0,M+1);case o:var g=this.$locale().weekStart||0,D=(y<g?y+7:y)-g;return l(r?m-D:m+(6-D),M);case a:case d:return $(v+"Hours",0);case u:return $(v+"Minutes",1);case s:return $(v+"Seconds",2);case i:return $(v+"Milliseconds",3);default:return this.clone()}},m.endOf=function(t){return this.startOf(t,false)},m.$set=function(t,e){var n,o=b.p(t),f="set"+(this.$u?"UTC":""),l=(n={},n[a]=f+"Date",n[d]=f+"Date",n[c]=f+"Month",n[h]=f+"FullYear",n[u]=f+"Hours",n[s]=f+"Minutes",n[i]=f+"Seconds",n[r]=f+"Milliseconds",n)[o],$=o===a?this.$D+(e-this.$W):e;if(o===c||o===h){var y=this.clone().set(d,1);y.$d[l]($),y.init(),this.$d=y.set(d,Math.min(this.$D,y.daysInMonth())).$d;}else l&&this.$d[l]($);return this.init(),this},m.set=function(t,e){return this.clone().$set(t,e)},m.get=function(t){return this[b.p(t)]()},m.add=function(r,f){var d,l=this;r=Number(r);var $=b.p(f),y=function(t){var e=O(l);return b.w(e.date(e.date()+Math.round(t*r)),l)};if($===c)return this.set(c,this.$M+r);if($===h)return this.set(h,this.$y+r);if($===a)return y(1);if($===o)return y(7);var M=(d={},d[s]=e,d[u]=n,d[i]=t,d)[$]||1,m=this.$d.getTime()+r*M;return b.w(m,this)},m.subtract=function(t,e){return this.add(-1*t,e)},m.format=function(t){var e=this,n=this.$locale();if(!this.isValid())return n.invalidDate||l;var r=t||"YYYY-MM-DDTHH:mm:ssZ",i=b.z(this),s=this.$H,u=this.$m,a=this.$M,o=n.weekdays,c=n.months,f=n.meridiem,h=function(t,n,i,s){return t&&(t[n]||t(e,r))||i[n].slice(0,s)},d=function(t){return b.s(s%12||12,t,"0")},$=f||function(t,e,n){var r=t<12?"AM":"PM";return n?r.toLowerCase():r};return r.replace(y,(function(t,r){return r||function(t){switch(t){case "YY":return String(e.$y).slice(-2);case "YYYY":return b.s(e.$y,4,"0");case "M":return a+1;case "MM":return b.s(a+1,2,"0");case "MMM":return h(n.monthsShort,a,c,3);case "MMMM":return h(c,a);case "D":return e.$D;case "DD":return b.s(e.$D,2,"0");case "d":return String(e.$W);case "dd":return h(n.weekdaysMin,e.$W,o,2);case "ddd":return h(n.weekdaysShort,e.$W,o,3);case "dddd":return o[e.$W];case "H":return String(s);case "HH":return b.s(s,2,"0");case "h":return d(1);case "hh":return d(2);case "a":return $(s,u,true);case "A":return $(s,u,false);case "m":return String(u);case "mm":return b.s(u,2,"0");case "s":return String(e.$s);case "ss":return b.s(e.$s,2,"0");case "SSS":return b.s(e.$ms,3,"0");case "Z":return i}return null}(t)||i.replace(":","")}))},m.utcOffset=function(){return 15*-Math.round(this.$d.getTimezoneOffset()/15)},m.diff=function(r,d,l){var $,y=this,M=b.p(d),m=O(r),v=(m.utcOffset()-this.utcOffset())*e,g=this-m,D=function(){return b.m(y,m)};switch(M){case h:$=D()/12;break;case c:$=D();break;case f:$=D()/3;break;case o:$=(g-v)/6048e5;break;case a:$=(g-v)/864e5;break;case u:$=g/n;break;case s:$=g/e;break;case i:$=g/t;break;default:$=g;}return l?$:b.a($)},m.daysInMonth=function(){return this.endOf(c).$D},m.$locale=function(){return D[this.$L]},m.locale=function(t,e){if(!t)return this.$L;var n=this.clone(),r=w(t,e,true);return r&&(n.$L=r),n},m.clone=function(){return b.w(this.$d,this)},m.toDate=function(){return new Date(this.valueOf())},m.toJSON=function(){return this.isValid()?this.toISOString():null},m.toISOString=function(){return this.$d.toISOString()},m.toString=function(){return this.$d.toUTCString()},M}(),Y=_.prototype;return O.prototype=Y,[["$ms",r],["$s",i],["$m",s],["$H",u],["$W",a],["$M",c],["$y",h],["$D",d]].forEach((function(t){Y[t[1]]=function(e){return this.$g(e,t[0],t[1])};})),O.extend=function(t,e){return t.$i||(t(e,_,O),t.$i=true),O},O.locale=w,O.isDayjs=S,O.unix=function(t){return O(1e3*t)},O.en=D[g],O.Ls=D,O.p={},O})); 
	} (dayjs_min$1));
	return dayjs_min$1.exports;
}

var utc$1 = {exports: {}};

var utc = utc$1.exports;

var hasRequiredUtc;

function requireUtc () {
	if (hasRequiredUtc) return utc$1.exports;
	hasRequiredUtc = 1;
	(function (module, exports) {
		!function(t,i){module.exports=i();}(utc,(function(){var t="minute",i=/[+-]\d\d(?::?\d\d)?/g,e=/([+-]|\d\d)/g;return function(s,f,n){var u=f.prototype;n.utc=function(t){var i={date:t,utc:true,args:arguments};return new f(i)},u.utc=function(i){var e=n(this.toDate(),{locale:this.$L,utc:true});return i?e.add(this.utcOffset(),t):e},u.local=function(){return n(this.toDate(),{locale:this.$L,utc:false})};var r=u.parse;u.parse=function(t){t.utc&&(this.$u=true),this.$utils().u(t.$offset)||(this.$offset=t.$offset),r.call(this,t);};var o=u.init;u.init=function(){if(this.$u){var t=this.$d;this.$y=t.getUTCFullYear(),this.$M=t.getUTCMonth(),this.$D=t.getUTCDate(),this.$W=t.getUTCDay(),this.$H=t.getUTCHours(),this.$m=t.getUTCMinutes(),this.$s=t.getUTCSeconds(),this.$ms=t.getUTCMilliseconds();}else o.call(this);};var a=u.utcOffset;u.utcOffset=function(s,f){var n=this.$utils().u;if(n(s))return this.$u?0:n(this.$offset)?a.call(this):this.$offset;if("string"==typeof s&&(s=function(t){ void 0===t&&(t="");var s=t.match(i);if(!s)return null;var f=(""+s[0]).match(e)||["-",0,0],n=f[0],u=60*+f[1]+ +f[2];return 0===u?0:"+"===n?u:-u}(s),null===s))return this;var u=Math.abs(s)<=16?60*s:s;if(0===u)return this.utc(f);var r=this.clone();if(f)return r.$offset=u,r.$u=false,r;var o=this.$u?this.toDate().getTimezoneOffset():-1*this.utcOffset();return (r=this.local().add(u+o,t)).$offset=u,r.$x.$localOffset=o,r};var h=u.format;u.format=function(t){var i=t||(this.$u?"YYYY-MM-DDTHH:mm:ss[Z]":"");return h.call(this,i)},u.valueOf=function(){var t=this.$utils().u(this.$offset)?0:this.$offset+(this.$x.$localOffset||this.$d.getTimezoneOffset());return this.$d.valueOf()-6e4*t},u.isUTC=function(){return !!this.$u},u.toISOString=function(){return this.toDate().toISOString()},u.toString=function(){return this.toDate().toUTCString()};var l=u.toDate;u.toDate=function(t){return "s"===t&&this.$offset?n(this.format("YYYY-MM-DD HH:mm:ss:SSS")).toDate():l.call(this)};var c=u.diff;u.diff=function(t,i,e){if(t&&this.$u===t.$u)return c.call(this,t,i,e);var s=this.local(),f=n(t).local();return c.call(s,f,i,e)};}})); 
	} (utc$1));
	return utc$1.exports;
}

var usFederalHolidays;
var hasRequiredUsFederalHolidays;

function requireUsFederalHolidays () {
	if (hasRequiredUsFederalHolidays) return usFederalHolidays;
	hasRequiredUsFederalHolidays = 1;
	const dayjs = requireDayjs_min();
	const utcPlugin = requireUtc();

	dayjs.extend(utcPlugin);

	const getDateFor = ({ day = 1, month, year }) =>
	  dayjs(`${year}-${month}-${day}`, "YYYY-M-D");

	const getNthDayOf = (n, day, month, year) => {
	  let result = dayjs(getDateFor({ month, year })).day(day);

	  // dayjs.day(x) can return a time in the past (relative to the date being
	  // operated on), because it returns a time from within the operand date's
	  // current week. E.g.:
	  //
	  // date = July 1, 2021 # Thursday
	  // dayjs(date).day(0)  # Get Sunday
	  // # returns June 27, 2021
	  if (result.month() !== month - 1) {
	    result = result.add(1, "week");
	  }

	  result = result.add(n - 1, "week");

	  return result;
	};

	const getLastDayOf = (day, month, year) => {
	  const daysInMonth = dayjs(getDateFor({ month, year })).daysInMonth();
	  const lastDayOfMonth = dayjs(`${year}-${month}-${daysInMonth}`, "YYYY-M-D");

	  let result = lastDayOfMonth.day(day);

	  // See above comment for more details. TL;DR is dayjs.day(x) is not
	  // constrained to the same month as the operand object.
	  if (result.month() !== month - 1) {
	    result = result.subtract(1, "week");
	  }

	  return result;
	};

	const allFederalHolidaysForYear = (
	  year = new Date().getFullYear(),
	  { shiftSaturdayHolidays = true, shiftSundayHolidays = true } = {}
	) => {
	  const holidays = [];

	  // New Year's Day
	  holidays.push({
	    name: `New Year's Day`,
	    date: getDateFor({ day: 1, month: 1, year })
	  });

	  // Birthday of Martin Luther King, Jr.
	  // Third Monday of January; fun fact: actual birthday is January 15
	  holidays.push({
	    name: `Birthday of Martin Luther King, Jr.`,
	    date: getNthDayOf(3, 1, 1, year)
	  });

	  // Washington's Birthday
	  // Third Monday of February; fun fact: actual birthday is February 22
	  // Fun fact 2: officially "Washington's Birthday," not "President's Day"
	  holidays.push({
	    name: `Washington's Birthday`,
	    alsoObservedAs: "Presidents' Day",
	    date: getNthDayOf(3, 1, 2, year)
	  });

	  // Memorial Day
	  // Last Monday of May
	  holidays.push({
	    name: `Memorial Day`,
	    date: getLastDayOf(1, 5, year)
	  });

	  if (year > 2020) {
	    // Juneteenth
	    holidays.push({
	      name: `Juneteenth National Independence Day`,
	      date: getDateFor({ day: 19, month: 6, year })
	    });
	  }

	  // Independence Day
	  holidays.push({
	    name: `Independence Day`,
	    date: getDateFor({ day: 4, month: 7, year })
	  });

	  // Labor Day
	  // First Monday in September
	  holidays.push({
	    name: `Labor Day`,
	    date: getNthDayOf(1, 1, 9, year)
	  });

	  // Columbus Day
	  // Second Monday in October
	  holidays.push({
	    name: `Columbus Day`,
	    alsoObservedAs: "Indigenous Peoples' Day",
	    date: getNthDayOf(2, 1, 10, year)
	  });

	  // Veterans Day
	  holidays.push({
	    name: `Veterans Day`,
	    date: getDateFor({ day: 11, month: 11, year })
	  });

	  // Thanksgiving Day
	  // Fourth Thursday of November
	  holidays.push({
	    name: `Thanksgiving Day`,
	    date: getNthDayOf(4, 4, 11, year)
	  });

	  // Christmas Day
	  holidays.push({
	    name: `Christmas Day`,
	    date: getDateFor({ day: 25, month: 12, year })
	  });

	  return holidays.map(holiday => {
	    let date = dayjs(holiday.date);

	    if (date.day() === 0 && shiftSundayHolidays) {
	      // Actual holiday falls on Sunday. Shift the observed date forward to
	      // Monday.
	      date = date.add(1, "day");
	    }

	    if (date.day() === 6 && shiftSaturdayHolidays) {
	      // Actual holiday falls on Saturday. Shift the observed date backward
	      // to Friday.
	      date = date.subtract(1, "day");
	    }

	    return {
	      name: holiday.name,
	      alsoObservedAs: holiday.alsoObservedAs,
	      date: date.toDate(),
	      dateString: date.format("YYYY-MM-DD")
	    };
	  });
	};

	const isAHoliday = (
	  date = new Date(),
	  { shiftSaturdayHolidays = true, shiftSundayHolidays = true, utc = false } = {}
	) => {
	  const newDate = utc ? dayjs.utc(date) : dayjs(date);
	  const year = newDate.year();

	  const shift = { shiftSaturdayHolidays, shiftSundayHolidays };

	  // Get the holidays this year, plus check if New Year's Day of next year is
	  // observed on December 31 and if so, add it to this year's list.
	  const allForYear = allFederalHolidaysForYear(year, shift);
	  const nextYear = allFederalHolidaysForYear(year + 1, shift);
	  allForYear.push(nextYear[0]);

	  // If any dates in this year's holiday list match the one passed in, then
	  // the passed-in date is a holiday.  Otherwise, it is not.
	  return allForYear.some(
	    holiday => holiday.dateString === newDate.format("YYYY-MM-DD")
	  );
	};

	const getOneYearFromNow = () => {
	  const future = new Date();
	  future.setUTCFullYear(future.getUTCFullYear() + 1);
	  return future;
	};

	const federalHolidaysInRange = (
	  startDate = new Date(),
	  endDate = getOneYearFromNow(),
	  options = undefined
	) => {
	  const startYear = startDate.getFullYear();
	  const endYear = endDate.getFullYear();

	  const candidates = [];
	  for (let year = startYear; year <= endYear; year += 1) {
	    candidates.push(...allFederalHolidaysForYear(year, options));
	  }
	  return candidates.filter(h => h.date >= startDate && h.date <= endDate);
	};

	usFederalHolidays = {
	  isAHoliday,
	  allForYear: allFederalHolidaysForYear,
	  inRange: federalHolidaysInRange
	};
	return usFederalHolidays;
}

var usFederalHolidaysExports = requireUsFederalHolidays();
var federalHolidays = /*@__PURE__*/getDefaultExportFromCjs(usFederalHolidaysExports);

/** IANA time zones, from the runtime's own time-zone data (no table of offsets to keep up to date). Pure. */
/** Minutes east of UTC of an IANA zone at a moment; undefined when the zone is unknown. */
function ianaOffset(zone, utcMs) {
    try {
        const parts = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric'
        }).formatToParts(new Date(utcMs));
        const get = (type) => Number(parts.find((p) => p.type === type)?.value);
        const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
        return Math.round((local - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
    }
    catch {
        return undefined;
    }
}
/** Whether the runtime knows the zone ("America/New_York", "Europe/Berlin", "UTC"). */
function isKnownZone(zone) {
    return ianaOffset(zone, 0) !== undefined;
}
/** The UTC instant of a wall-clock time in a zone (`localMs` is that wall time read as if it were UTC). */
function fromLocal(localMs, zone) {
    const first = ianaOffset(zone, localMs) ?? 0;
    return localMs - (ianaOffset(zone, localMs - first * 60_000) ?? first) * 60_000;
}
/** The wall-clock time in a zone of a UTC instant, read as if it were UTC (so getUTC* give the local fields). */
function toLocal(utcMs, zone) {
    return utcMs + (ianaOffset(zone, utcMs) ?? 0) * 60_000;
}

/**
 * Deadline arithmetic: a moment plus hours, calendar days, calendar months or business days.
 * Laws count in all of these (GDPR in hours, HIPAA in calendar days, NIS2's final report in a
 * month, the SEC's Form 8-K in business days). Pure.
 *
 * Business days are counted in a time zone (the SEC's is New York): the day of the start is day 0,
 * each following weekday that is not a holiday of the calendar counts one, and the deadline is the
 * end of the last one (midnight at its close, local time). US federal holidays come from
 * `@18f/us-federal-holidays` (5 U.S.C. 6103: fixed and floating dates, Juneteenth from 2021, a
 * Saturday holiday observed on the Friday before, a Sunday one on the Monday after, so New Year's Day
 * can be observed on 31 December), computed for any year rather than listed.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HOLIDAY_CALENDARS = ['us-federal', 'none'];
const DURATION_KEYS = ['hours', 'days', 'months', 'businessDays'];
/** The business-day calendar when none is said: US federal holidays, New York time (the SEC's). */
const DEFAULT_BUSINESS_ZONE = 'America/New_York';
/** The deadline: `startMs` plus the duration, in milliseconds since the epoch. */
function addDuration(startMs, duration) {
    if (duration.hours !== undefined)
        return startMs + duration.hours * HOUR;
    if (duration.days !== undefined)
        return startMs + duration.days * DAY;
    if (duration.months !== undefined)
        return addMonths(startMs, duration.months);
    if (duration.businessDays !== undefined)
        return addBusinessDays(startMs, duration.businessDays, duration.holidays ?? 'us-federal', duration.zone ?? DEFAULT_BUSINESS_ZONE);
    throw new Error('a duration needs hours, days, months or businessDays');
}
/** The same time of day `n` calendar months later (UTC); a day the month lacks becomes its last (31 January + 1 month = 28 or 29 February). */
function addMonths(startMs, n) {
    const d = new Date(startMs);
    const month = d.getUTCMonth() + n;
    const lastDay = new Date(Date.UTC(d.getUTCFullYear(), month + 1, 0)).getUTCDate();
    return Date.UTC(d.getUTCFullYear(), month, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}
/** The end (local midnight) of the `n`th business day after the local day of `startMs`. */
function addBusinessDays(startMs, n, holidays, zone) {
    const local = new Date(toLocal(startMs, zone));
    let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
    for (let counted = 0; counted < n;) {
        day += DAY;
        if (isBusinessDay(day, holidays))
            counted++;
    }
    return fromLocal(day + DAY, zone);
}
/** Whether a day (its UTC midnight standing for the local date) is a business day of the calendar. */
function isBusinessDay(dayMs, holidays) {
    const weekday = new Date(dayMs).getUTCDay();
    if (weekday === 0 || weekday === 6)
        return false;
    return holidays === 'none' || !federalHolidayDates(new Date(dayMs).getUTCFullYear()).has(new Date(dayMs).toISOString().slice(0, 10));
}
const byYear = new Map();
/** The observed US federal holidays falling in a year ("2026-11-26"), including the next New Year's Day observed on 31 December. */
function federalHolidayDates(year) {
    let dates = byYear.get(year);
    if (!dates) {
        const observed = [year - 1, year, year + 1].flatMap((y) => federalHolidays.allForYear(y).map((h) => h.dateString));
        dates = new Set(observed.filter((d) => d.startsWith(`${year}-`)));
        byYear.set(year, dates);
    }
    return dates;
}

/**
 * Legal and regulatory clocks a team switches on under `legal.clocks`: each is an ordinary clock
 * (see src/incident/clocks.ts) that starts at a recorded decision (`/decision <name>`) or filing,
 * runs for the time the law gives and stops when a person records the filing
 * (`/filed <clock id> <reference>`). Each carries the law's reference, an official address and the
 * law's own words. This is data, not legal advice: laws change, and counsel decides what applies.
 */
/** The decisions the law counts from, as `/decision <name>` records them. */
const LEGAL_DECISIONS = {
    'personal-data-breach': 'became aware of a personal-data breach (GDPR Art. 33)',
    'high-risk': 'found a personal-data breach likely to result in a high risk to people (GDPR Art. 34)',
    significant: 'became aware of a significant incident (NIS2 Art. 23)',
    major: 'classified the incident as major (DORA Art. 19)',
    material: 'determined the incident is material (SEC Form 8-K Item 1.05)',
    'phi-breach': 'discovered a breach of unsecured protected health information (HIPAA 45 CFR 164.404)',
    'ca-breach': "discovered a breach of California residents' personal information (Cal. Civ. Code 1798.82)"
};
const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const NIS2 = 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj';
const DORA = 'https://eur-lex.europa.eu/eli/reg/2022/2554/oj';
const CALIFORNIA = 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82';
/** Each preset, as a clock (the key is its id). */
const LEGAL_PRESETS = {
    'gdpr-art33': {
        title: 'GDPR Art. 33: supervisory authority notified',
        from: 'decision:personal-data-breach',
        until: 'filing:gdpr-art33',
        hours: 72,
        owner: 'Data protection officer',
        law: {
            reference: 'GDPR (Regulation (EU) 2016/679) Art. 33(1)',
            url: GDPR,
            says: 'without undue delay and, where feasible, not later than 72 hours after having become aware of it'
        }
    },
    'gdpr-art34': {
        title: 'GDPR Art. 34: people affected told',
        from: 'decision:high-risk',
        until: 'filing:gdpr-art34',
        hours: 72,
        target: true,
        owner: 'Data protection officer',
        law: { reference: 'GDPR (Regulation (EU) 2016/679) Art. 34(1)', url: GDPR, says: 'without undue delay' }
    },
    'nis2-early-warning': {
        title: 'NIS2 Art. 23: early warning to the CSIRT or authority',
        from: 'decision:significant',
        until: 'filing:nis2-early-warning',
        hours: 24,
        owner: 'Security lead',
        law: {
            reference: 'NIS2 (Directive (EU) 2022/2555) Art. 23(4)(a)',
            url: NIS2,
            says: 'without undue delay and in any event within 24 hours of becoming aware of the significant incident'
        }
    },
    'nis2-notification': {
        title: 'NIS2 Art. 23: incident notification',
        from: 'decision:significant',
        until: 'filing:nis2-notification',
        hours: 72,
        owner: 'Security lead',
        law: {
            reference: 'NIS2 (Directive (EU) 2022/2555) Art. 23(4)(b)',
            url: NIS2,
            says: 'without undue delay and in any event within 72 hours of becoming aware of the significant incident'
        }
    },
    'nis2-final-report': {
        title: 'NIS2 Art. 23: final report',
        from: 'filing:nis2-notification',
        until: 'filing:nis2-final-report',
        months: 1,
        owner: 'Security lead',
        law: {
            reference: 'NIS2 (Directive (EU) 2022/2555) Art. 23(4)(d)',
            url: NIS2,
            says: 'not later than one month after the submission of the incident notification'
        }
    },
    'sec-8k': {
        title: 'SEC Form 8-K Item 1.05 filed',
        from: 'decision:material',
        until: 'filing:sec-8k',
        businessDays: 4,
        holidays: 'us-federal',
        zone: 'America/New_York',
        owner: 'General counsel',
        law: {
            reference: 'SEC Form 8-K Item 1.05 and General Instruction B.1 (17 CFR 249.308)',
            url: 'https://www.sec.gov/files/form8-k.pdf',
            says: 'within four business days after the registrant determines that a cybersecurity incident is material'
        }
    },
    'hipaa-breach': {
        title: 'HIPAA breach notification to individuals',
        from: 'decision:phi-breach',
        until: 'filing:hipaa-breach',
        days: 60,
        owner: 'Privacy officer',
        law: {
            reference: 'HIPAA Breach Notification Rule, 45 CFR 164.404(b)',
            url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.404',
            says: 'without unreasonable delay and in no case later than 60 calendar days after discovery of a breach'
        }
    },
    'dora-initial': {
        title: 'DORA initial notification of a major incident',
        from: 'decision:major',
        until: 'filing:dora-initial',
        hours: 4,
        notLaterThan: { from: 'detected', hours: 24 },
        owner: 'ICT risk officer',
        law: {
            reference: 'DORA (Regulation (EU) 2022/2554) Art. 19(4)(a); time limits in Delegated Regulation (EU) 2025/301 Art. 5(1)',
            url: DORA,
            says: 'within 4 hours from the classification of the incident as major, but no later than 24 hours from the moment the financial entity has become aware of the incident'
        }
    },
    'ca-1798-82': {
        title: 'California residents notified (Civ. Code 1798.82)',
        from: 'decision:ca-breach',
        until: 'filing:ca-1798-82',
        days: 30,
        owner: 'Privacy officer',
        law: {
            reference: 'California Civil Code 1798.82(a), as amended by SB 446 (2025)',
            url: CALIFORNIA,
            says: 'in the most expedient time possible and without unreasonable delay; since 1 January 2026 within 30 calendar days of discovery or notification of the breach (delay allowed for law enforcement or to determine the scope)'
        }
    },
    'ca-1798-82-ag': {
        title: 'California Attorney General sent a sample notice (over 500 residents)',
        from: 'filing:ca-1798-82',
        until: 'filing:ca-1798-82-ag',
        days: 15,
        owner: 'Privacy officer',
        law: {
            reference: 'California Civil Code 1798.82(f), as amended by SB 446 (2025)',
            url: CALIFORNIA,
            says: 'within 15 calendar days of notifying affected consumers, when more than 500 California residents were notified'
        }
    }
};
const LEGAL_PRESET_IDS = Object.keys(LEGAL_PRESETS);

/**
 * The configuration of incident-kit (`.github/incident-kit.yml`): the single source of truth.
 * Types come from `z.infer`, defaults live here, and `schema/incident-kit.schema.json` is
 * generated from this file for editors (`npm run schema`).
 */
const login = string()
    .regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, 'a GitHub login such as "octocat"')
    .transform((s) => s.replace(/^@/, ''));
const teamSlug = string()
    .regex(/^@?[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'an "org/team-slug" such as "acme/security"')
    .transform((s) => s.replace(/^@/, ''));
const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'];
const permissionSchema = _enum(PERMISSIONS);
const phaseId = string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id such as "containment"');
/** Who may open a gate: listed users, members of listed teams, or anyone with at least `permission`. */
const approversSchema = object({
    users: array(login).default([]),
    teams: array(teamSlug).default([]),
    permission: permissionSchema.nullable().default('maintain')
})
    .strict();
/** The drafts a gate may approve the text of. */
const APPROVED_DRAFTS = ['internal-update', 'external-announcement'];
const gateSchema = object({
    description: string().min(1),
    approvers: approversSchema.default({ users: [], teams: [], permission: 'maintain' }),
    /** The draft whose text this gate approves: the approval covers that text, and a changed text needs approving again. */
    approves: _enum(APPROVED_DRAFTS).nullable().optional(),
    /** Text-bound gates only (default true): whoever changed the text since the last approval may not approve it. */
    fourEyes: boolean().optional(),
    /** Text-bound gates only: an approval of an earlier text blocks the draft (`block`, the default) or only warns. */
    staleApproval: _enum(['block', 'warn']).optional()
})
    .strict();
const checklistItemSchema = lazy(() => union([string().min(1), object({ text: string().min(1), items: array(checklistItemSchema).default([]) }).strict()]));
const stepSchema = object({
    id: string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id such as "stop-attack"'),
    title: string().min(1),
    phase: phaseId,
    delegateTo: string().min(1).optional(),
    /** Drops the default entry with this id (only meaningful with an id the defaults have). */
    remove: literal(true).optional(),
    summary: string().optional(),
    items: array(checklistItemSchema).default([])
})
    .strict();
const phaseSchema = object({ id: phaseId, title: string().min(1), remove: literal(true).optional() }).strict();
/** Where a clock starts: a moment of the incident, a recorded decision (`/decision <name>`) or a recorded filing. */
const clockStart = union([
    _enum(['opened', 'detected', 'last-status']),
    string().regex(/^(decision|filing):[a-z][a-z0-9-]*$/, 'opened, detected, last-status, decision:<name> or filing:<clock id>')
]);
/** How long a clock runs: exactly one of hours, calendar days, calendar months or business days. */
const durationFields = {
    hours: number().positive().optional(),
    /** Calendar days (24 hours each). */
    days: number().int().positive().optional(),
    /** Calendar months: the same day and time, or the month's last day. */
    months: number().int().positive().optional(),
    /** Weekdays that are not holidays of `holidays`, counted in `zone`; due at the end of the last one. */
    businessDays: number().int().positive().optional(),
    holidays: _enum(HOLIDAY_CALENDARS).optional(),
    zone: string().refine(isKnownZone, 'an IANA time zone such as "America/New_York"').optional()
};
function oneDuration(value, ctx) {
    const set = DURATION_KEYS.filter((k) => value[k] !== undefined);
    if (set.length !== 1)
        ctx.addIssue({ code: 'custom', message: `give exactly one of ${DURATION_KEYS.join(', ')}${set.length ? ` (got ${set.join(' and ')})` : ''}`, input: value });
    else if ((value.holidays !== undefined || value.zone !== undefined) && set[0] !== 'businessDays')
        ctx.addIssue({ code: 'custom', message: 'holidays and zone only apply to businessDays', input: value });
}
const clockFields = {
    id: string().regex(/^[a-z][a-z0-9-]*$/),
    title: string().min(1),
    /** The moment the clock starts from. */
    from: clockStart,
    /** What stops it: a role assigned, a timeline event kind, a draft posted, a filing recorded. */
    until: string().min(1),
    ...durationFields,
    /** The deadline is the earlier of this clock's and this one's (DORA: 4 hours from classification, at most 24 from awareness). */
    notLaterThan: object({ from: clockStart, ...durationFields })
        .strict()
        .superRefine(oneDuration)
        .optional(),
    /** The law the clock comes from, shown beside it. */
    law: object({
        reference: string().min(1),
        url: string().regex(/^https:\/\/[^\s<>()]+$/, 'an https:// address'),
        /** The law's own words for the deadline. */
        says: string().min(1).optional()
    })
        .strict()
        .optional(),
    /** The law sets no fixed time: the duration is the team's own target, and the clock says so. */
    target: boolean().optional(),
    severities: array(number().int().min(1).max(4)).default([1, 2, 3, 4]),
    owner: string().optional(),
    repeat: boolean().default(false),
    /** Drops the default entry with this id (only meaningful with an id the defaults have). */
    remove: literal(true).optional()
};
const clockSchema = object(clockFields).strict().superRefine(oneDuration);
/** What a team may change of a legal preset: anything but its id. */
const presetOverrideSchema = object({
    title: clockFields.title,
    from: clockFields.from,
    until: clockFields.until,
    ...durationFields,
    notLaterThan: clockFields.notLaterThan,
    law: clockFields.law,
    target: boolean(),
    severities: clockFields.severities,
    owner: clockFields.owner
})
    .partial()
    .strict();
/** Who may record decisions and filings: holders of these incident roles, listed users, team members, or a repository permission. */
const recordersSchema = object({
    roles: array(string().regex(/^[a-z][a-z0-9-]*$/, 'a role such as "ic" or "scribe"')).default(['ic', 'deputy', 'scribe']),
    users: array(login).default([]),
    teams: array(teamSlug).default([]),
    permission: permissionSchema.nullable().default('maintain')
})
    .strict();
const DEFAULT_RECORDERS = { roles: ['ic', 'deputy', 'scribe'], users: [], teams: [], permission: 'maintain' };
const DEFAULT_PHASES = [
    { id: 'triage', title: 'Triage' },
    { id: 'mitigation', title: 'Mitigation' },
    { id: 'containment', title: 'Containment' },
    { id: 'investigation', title: 'Investigation' },
    { id: 'communication', title: 'Communication' },
    { id: 'resolved', title: 'Resolved' }
];
const DEFAULT_GATES = {
    'not-internal': { description: 'Forensics show the attack was not sourced internally.' },
    'timeline-verified': { description: 'The timeline of the attack is verified.' },
    'impact-known': { description: 'Exactly what was compromised, and how, is known.' },
    'fix-verified': { description: 'The fix is verified: it will not happen again the same way.' },
    'legal-approved': { description: 'Legal counsel approved the external statement.', approves: 'external-announcement' }
};
const defaultGates = () => Object.fromEntries(Object.entries(DEFAULT_GATES).map(([id, g]) => [
    id,
    {
        description: g.description,
        approvers: { users: [], teams: [], permission: 'maintain' },
        ...(g.approves ? { approves: g.approves } : {})
    }
]));
const DEFAULT_BANNED_PHRASES = [
    'we take security very seriously',
    'we take security seriously',
    'we take the security of our customers very seriously',
    'security is our top priority',
    'we take your privacy very seriously',
    'your security is our top priority'
];
/**
 * Families of stock phrases real notices use instead of facts; "…" stands for up to ten words of one sentence, so
 * "we take … seriously" catches "we take the security of your information very seriously".
 */
const DEFAULT_BANNED_FAMILIES = {
    'take seriously': ['take … seriously', 'treat … seriously'],
    'top priority': [
        'our top priority',
        'our highest priority',
        'our number one priority',
        'our first priority',
        'our greatest priority',
        'our main priority',
        'a top priority for us'
    ],
    'utmost importance': ['utmost importance', 'paramount importance', 'of the highest importance', 'is paramount to us'],
    'committed to protecting': [
        'we are committed to protecting',
        'we remain committed to protecting',
        'deeply committed to … privacy',
        'deeply committed to … security'
    ],
    'sophisticated attack': ['highly sophisticated attack', 'highly sophisticated cyberattack', 'sophisticated cyber attack', 'sophisticated criminal attack']
};
const DEFAULT_SECTIONS = ['What happened', 'Timeline', 'What information was involved', 'What we are doing', 'What you can do'];
/** Where a notice's date may stand for the title-date rule. */
const datePlaceSchema = _enum(['title', 'under-title', 'dateline', 'first-sentence']);
/** A required section: its heading, or the heading with the other names it may go by. */
const requiredSectionSchema = union([string(), object({ heading: string().min(1), alternatives: array(string().min(1)).default([]) }).strict()]);
const DEFAULT_CLOCKS = [
    { id: 'ic-assigned', title: 'Incident Commander assigned', from: 'opened', until: 'role:ic', hours: 0.25, severities: [1, 2], repeat: false },
    { id: 'status-update', title: 'Status update posted', from: 'last-status', until: 'status', hours: 4, severities: [1, 2, 3, 4], repeat: true },
    {
        id: 'external-announcement',
        title: 'External announcement released',
        from: 'detected',
        until: 'released:external-announcement',
        hours: 72,
        severities: [1, 2],
        repeat: false
    }
];
const severityLevel = union([literal(1), literal(2), literal(3), literal(4), literal('unknown')]);
const DEFAULT_FORM = {
    severity: { fields: [], levels: {}, scaleStartsAt: 'auto', options: [] },
    detected: { fields: [], assumeZone: 'UTC' }
};
/** How the issue form's answers are read. */
const formSchema = object({
    severity: object({
        /** Labels (or ids) of the dropdown; empty: the first field labelled Severity, Priority, Urgency, Impact or Criticality. */
        fields: array(string().min(1)).default([]),
        /** Option text -> level 1..4 or "unknown"; wins over reading the option's meaning. */
        levels: record(string().min(1), severityLevel).default({}),
        /** Where numbered options start: 0 (P0–P3), 1 (SEV-1–SEV-4), or auto (0 when the option says so). */
        scaleStartsAt: union([literal(0), literal(1), literal('auto')]).default('auto'),
        /** The dropdown's options as in the issue form, most severe first: a list starting at 0 makes the scale 0-based; four wordless options read by their place. */
        options: array(string().min(1)).default([])
    })
        .strict()
        .default(DEFAULT_FORM.severity),
    detected: object({
        /** Labels (or ids) of the detection-time field; empty: the first field whose label mentions "detected" or "detection". */
        fields: array(string().min(1)).default([]),
        /** The zone of a time written without one; null: such a time is reported unreadable. */
        assumeZone: string().min(1).nullable().default('UTC')
    })
        .strict()
        .default(DEFAULT_FORM.detected)
})
    .strict()
    .default(DEFAULT_FORM);
const configSchema = object({
    form: formSchema,
    labels: object({
        trigger: string().min(1).default('incident'),
        drill: string().min(1).default('incident:drill'),
        phasePrefix: string().min(1).default('phase:'),
        severityPrefix: string().min(1).default('sev:'),
        gatePrefix: string().min(1).default('gate:')
    })
        .strict()
        .default({ trigger: 'incident', drill: 'incident:drill', phasePrefix: 'phase:', severityPrefix: 'sev:', gatePrefix: 'gate:' }),
    /** The issue title once the codename is given. `{{codename}}` is replaced; `{{drill}}` is "DRILL " on drills. */
    titleFormat: string()
        .refine((s) => s.includes('{{codename}}'), 'a format containing {{codename}}')
        .default('{{drill}}{{codename}}'),
    codename: object({
        adjectives: array(string().regex(/^[a-z]+$/, 'lowercase letters only'))
            .min(2)
            .optional(),
        nouns: array(string().regex(/^[a-z]+$/, 'lowercase letters only'))
            .min(2)
            .optional()
    })
        .strict()
        .default({}),
    phases: array(phaseSchema).min(2).default(DEFAULT_PHASES),
    /** The runbook's steps as checklist entries; the default is the 14 steps of the security-incident runbook. */
    checklist: array(stepSchema).min(1).optional(),
    gates: record(string().regex(/^[a-z][a-z0-9-]*$/), gateSchema).default(defaultGates),
    drafts: object({
        internalUpdate: object({ gates: array(string()).default(['not-internal']), to: string().default('VP or Director of Engineering') })
            .strict()
            .default({ gates: ['not-internal'], to: 'VP or Director of Engineering' }),
        externalAnnouncement: object({
            gates: array(string()).default(Object.keys(DEFAULT_GATES)),
            owner: string().default('Marketing Team'),
            company: string().default('Our company')
        })
            .strict()
            .default({ gates: Object.keys(DEFAULT_GATES), owner: 'Marketing Team', company: 'Our company' }),
        lawEnforcement: object({ phase: string().default('communication'), to: string().default('VP or Director of Engineering') })
            .strict()
            .default({ phase: 'communication', to: 'VP or Director of Engineering' })
    })
        .strict()
        .default({
        internalUpdate: { gates: ['not-internal'], to: 'VP or Director of Engineering' },
        externalAnnouncement: { gates: Object.keys(DEFAULT_GATES), owner: 'Marketing Team', company: 'Our company' },
        lawEnforcement: { phase: 'communication', to: 'VP or Director of Engineering' }
    }),
    announcement: object({
        bannedPhrases: array(string().min(3)).default(DEFAULT_BANNED_PHRASES),
        /** Family name -> phrases ("…" for up to ten words of one sentence); the findings name the family. */
        bannedFamilies: record(string().min(1), array(string().min(3))).default(DEFAULT_BANNED_FAMILIES),
        requiredSections: array(requiredSectionSchema).default(DEFAULT_SECTIONS),
        /** Where the notice's date counts: the title, the line under it, a dateline, the first sentence. */
        dateIn: array(datePlaceSchema).min(1).default(['title', 'under-title', 'dateline', 'first-sentence']),
        internalHostPatterns: array(string()).default(['\\.internal\\b', '\\.corp\\b', '\\.local\\b', '\\.lan\\b'])
    })
        .strict()
        .default({
        bannedPhrases: DEFAULT_BANNED_PHRASES,
        bannedFamilies: DEFAULT_BANNED_FAMILIES,
        requiredSections: DEFAULT_SECTIONS,
        dateIn: ['title', 'under-title', 'dateline', 'first-sentence'],
        internalHostPatterns: ['\\.internal\\b', '\\.corp\\b', '\\.local\\b', '\\.lan\\b']
    }),
    postMortem: object({ as: _enum(['comment', 'issue']).default('comment'), labels: array(string()).default(['post-mortem']) })
        .strict()
        .default({ as: 'comment', labels: ['post-mortem'] }),
    commands: object({ permission: permissionSchema.default('write') })
        .strict()
        .default({ permission: 'write' }),
    paging: object({
        /** The team mentioned when no PagerDuty routing key is given, e.g. "acme/incident-commanders". */
        icTeam: teamSlug.optional(),
        /** Severities paged when the incident opens or is raised: every one by default (the runbook pages an IC for every security incident). */
        severities: array(number().int().min(1).max(4)).default([1, 2, 3, 4]),
        /** Whether an incident whose severity is not known yet ("not sure") pages: "not sure? trigger the process anyway". */
        unsure: boolean().default(true),
        drills: boolean().default(true)
    })
        .strict()
        .default({ severities: [1, 2, 3, 4], unsure: true, drills: true }),
    /**
     * Who may read the incident: the response team. Each list, when absent, is every gate's approver
     * teams (and `paging.icTeam`) or users. Readers beyond the team are warned of on the dashboard.
     */
    visibility: object({
        responseTeams: array(teamSlug).optional(),
        responseUsers: array(login).optional()
    })
        .strict()
        .default({}),
    runbooks: object({
        paths: array(string().min(1)).min(1).default(['runbooks/**/*.md']),
        /** The runbook this workflow automates, linked from the dashboard. */
        incidentRunbook: string().default('runbooks/security-incident.md'),
        reviewedMaxDays: number().int().positive().default(90),
        testedMaxDays: number().int().positive().default(180),
        /** Globs of review-only documents: they need a Last Reviewed, not a Last Tested. */
        reviewOnly: array(string().min(1)).default([]),
        trackingLabel: string().default('runbook-freshness')
    })
        .strict()
        .default({
        paths: ['runbooks/**/*.md'],
        incidentRunbook: 'runbooks/security-incident.md',
        reviewedMaxDays: 90,
        testedMaxDays: 180,
        reviewOnly: [],
        trackingLabel: 'runbook-freshness'
    }),
    clocks: array(clockSchema).default(DEFAULT_CLOCKS),
    legal: object({
        /** Presets switched on: `true`, or the keys to change (owner, title, duration, …). */
        clocks: partialRecord(_enum(LEGAL_PRESET_IDS), union([literal(true), presetOverrideSchema])).default({}),
        recorders: recordersSchema.default(DEFAULT_RECORDERS)
    })
        .strict()
        .default({ clocks: {}, recorders: DEFAULT_RECORDERS }),
    reminders: object({
        /** Drills get reminder comments too (their clocks are always shown on the dashboard). */
        drills: boolean().default(false)
    })
        .strict()
        .default({ drills: false })
})
    .strict();
/** Validates one clock as the config does (legal presets are clocks too). */
function parseClock(raw) {
    return clockSchema.parse(raw);
}

export { APPROVED_DRAFTS as A, DEFAULT_BANNED_FAMILIES as D, LEGAL_DECISIONS as L, addDuration as a, DEFAULT_BANNED_PHRASES as b, commonjsGlobal as c, configSchema as d, LEGAL_PRESETS as e, DURATION_KEYS as f, getDefaultExportFromCjs as g, DEFAULT_CLOCKS as h, ianaOffset as i, DEFAULT_PHASES as j, getAugmentedNamespace as k, parseClock as p };

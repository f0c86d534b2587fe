#!/usr/bin/env python3
"""Generate the mail-classes/kinds set: requests for the floor that ask for a kind of
intervention other than a statement, or that name a group or a level of representation,
for two plenaries of the 23rd session of the Assembly of States Parties:

- the general debate (bundled definition asp23-general-debate, 2 December 2024, meetings
  "AM" (morning) and "PM" (afternoon)): it takes statements on behalf of a group, points of
  order and the right of reply (after the day's list), and orders statements by level of
  representation;
- the plenary on cooperation (asp23-cooperation, 5 December 2024, Segments I and II): it takes
  statements only.

Classes (see README.md): right of reply asked; right of reply only mentioned (reserved, quoted,
someone else's); right of reply in a plenary that grants none; points of order; group
statements; alignment with a group or a mention of one; group statements in the plenary on
cooperation (a note beside a statement, as before); level of representation of the speaker,
and mentions of an office that are not the speaker's.

Written before the rules that read them. The MIME/Gmail-delivery infrastructure is copied from
../what/gen.py (itself from /work/shared/data/mail-dev/gen.py); the people, texts and ids are
invented. Standard library only, deterministic. Run:  python3 gen.py
It rewrites every *.eml and expected.tsv in the folder this script lives in.
"""
import base64
import os
import quopri
import random
import textwrap
import uuid
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = 'iccaspcoperation@gmail.com'
FRJ = 'juridique.la-haye-amba@diplomatie.gouv.fr'
ASP = 'asp@icc-cpi.int'


def TZ(hours):
    return timezone(timedelta(hours=hours))


CET, PST, UTC = TZ(1), TZ(-8), TZ(0)
DAYS = 'Mon Tue Wed Thu Fri Sat Sun'.split()
MONS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def T(s):
    return textwrap.dedent(s).strip('\n')


def cet(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=CET)


def at(s, hours):
    """local wall-clock time s at UTC offset `hours`"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=TZ(hours))


def rfc(dt, pad=True, comment=None):
    off = int(dt.utcoffset().total_seconds() // 60)
    sign = '+' if off >= 0 else '-'
    off = abs(off)
    day = '%02d' % dt.day if pad else str(dt.day)
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, sign, off // 60, off % 60)
    if comment:
        s += ' (%s)' % comment
    return s


# ---------------------------------------------------------------- random ids
HEX = '0123456789abcdef'
HEXU = HEX.upper()
DIG = '0123456789'
LOW = 'abcdefghijklmnopqrstuvwxyz'
ALNUM = LOW + LOW.upper() + DIG
B64 = ALNUM + '+/'


def rid(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def hx(rng, lo=0x100, hi=0xffff):
    return '%x' % rng.randint(lo, hi)


def g2002(rng, pre='a05'):
    return '2002:%s:%s:%s:b0:%s:%s:%s' % (pre, hx(rng, 0x6000, 0x7fff), hx(rng),
                                          hx(rng, 0x100, 0xfff), hx(rng), hx(rng))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ------------------------------------------------------------ header helpers
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def latin1_ok(s):
    try:
        s.encode('iso-8859-1')
        return True
    except UnicodeEncodeError:
        return False


def cs_q(name):
    c = Charset(name)
    c.header_encoding = QP
    return c


def cs_b(name):
    c = Charset(name)
    c.header_encoding = BASE64
    return c


def fold(value, name_len, width=78):
    words = value.split(' ')
    lines, cur, limit = [], '', width - name_len - 2
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, limit = w, width - 1
        else:
            cur = cur + ' ' + w if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def enc_words(s, style, name):
    if style == 'outlook':
        cs = cs_q('iso-8859-1') if latin1_ok(s) else cs_b('utf-8')
        v = Header(s, cs, header_name=name).encode(maxlinelen=76, linesep='\n')
        return v.replace('=?utf-8?b?', '=?utf-8?B?').replace('=?iso-8859-1?q?', '=?iso-8859-1?Q?')
    if style in ('gmail', 'apple'):
        v = Header(s, cs_q('utf-8'), header_name=name).encode(maxlinelen=76, linesep='\n')
        return v.replace('=?utf-8?q?', '=?UTF-8?Q?' if style == 'gmail' else '=?utf-8?Q?')
    v = Header(s, cs_b('utf-8'), header_name=name).encode(maxlinelen=76, linesep='\n')
    return v.replace('=?utf-8?b?', '=?UTF-8?B?')


def h_text(s, style, name='Subject'):
    if is_ascii(s):
        return fold(s, len(name))
    return enc_words(s, style, name)


def h_addr1(name, addr, style):
    if not name:
        return addr
    if is_ascii(name):
        if style == 'outlook' and not name.startswith('"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return formataddr((name, addr))
    return '%s <%s>' % (enc_words(name, style, 'From'), addr)


def h_addrs(pairs, style):
    items = [h_addr1(n, a, style) for n, a in pairs]
    one = ', '.join(items)
    if len(one) < 70 and '\n' not in one:
        return one
    return ',\n\t'.join(items)


# --------------------------------------------------------------- body parts
def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace('\u00a0', '&nbsp;'))


def pick_cs(text):
    return 'iso-8859-1' if latin1_ok(text) else 'utf-8'


def encode_body(text, charset, cte, html=False):
    data = text.encode(charset, 'xmlcharrefreplace' if html else 'strict')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    return data.decode(charset)


def leaf(ctype, text, charset, cte, style='std', params='', html=False, extra=()):
    body = encode_body(text, charset, cte, html)
    if style == 'apple':
        ct = '%s;\n\tcharset=%s%s' % (ctype, charset, params)
    elif style == 'bare':
        ct = '%s; charset=%s%s' % (ctype, charset, params)
    else:
        ct = '%s; charset="%s"%s' % (ctype, charset, params)
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + list(extra)
    return hdrs, body


def multi(subtype, parts, boundary, preamble=None, params=''):
    b = ''
    if preamble:
        b += preamble + '\n\n'
    for hdrs, body in parts:
        b += '--%s\n' % boundary
        b += ''.join('%s: %s\n' % kv for kv in hdrs) + '\n'
        b += body if body.endswith('\n') else body + '\n'
        b += '\n'
    b += '--%s--\n' % boundary
    return [('Content-Type', 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], b


def auto_cte(text):
    if is_ascii(text) and max(len(l) for l in text.split('\n')) <= 76:
        return '7bit'
    return 'quoted-printable'


# Body = list of segments:
#   ('text', str)                          own text
#   ('gquote', attribution, quoted)        Gmail-style "> " quote
#   ('ohdr', header_block, quoted)         Outlook-style header block + text
#   ('gfwd', header_block, text)           Gmail forward
#   ('afwd', header_block, text)           Apple Mail forward

def plain_of(segs):
    out = []
    for seg in segs:
        k = seg[0]
        if k == 'text':
            out.append(seg[1])
        elif k == 'gquote':
            q = '\n'.join(('> ' + l) if l else '>' for l in seg[2].split('\n'))
            out.append('\n' + seg[1] + '\n\n' + q)
        elif k == 'ohdr':
            out.append('\n' + seg[1] + '\n\n' + seg[2])
        elif k == 'gfwd':
            out.append('\n---------- Forwarded message ---------\n' + seg[1] + '\n\n\n' + seg[2])
        elif k == 'afwd':
            out.append('\nBegin forwarded message:\n\n' + seg[1] + '\n\n' + seg[2])
    return '\n'.join(out).rstrip('\n') + '\n'


def g_lines(text):
    return '<br>\n'.join(esc(l) for l in text.split('\n'))


def gmail_html(segs):
    h = []
    for seg in segs:
        k = seg[0]
        if k == 'text':
            h.append('<div dir="ltr">' + g_lines(seg[1]) + '</div>')
        elif k == 'gquote':
            h.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                     'class="gmail_attr">' + esc(seg[1]) + '<br></div><blockquote '
                     'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                     'solid rgb(204,204,204);padding-left:1ex">' + g_lines(seg[2]) +
                     '</blockquote></div>')
        elif k == 'gfwd':
            h.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                     'class="gmail_attr">---------- Forwarded message ---------<br>\n' +
                     g_lines(seg[1]) + '<br></div><br><br>\n<div dir="ltr">' +
                     g_lines(seg[2]) + '</div></div>')
        else:
            raise ValueError(k)
    return '\n'.join(h) + '\n'


MSO_STYLE = T("""
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
""")


def mso_p(line):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line)


def outlook_html(segs, charset, lang='EN-US'):
    h = []
    for seg in segs:
        k = seg[0]
        if k == 'text':
            h += [mso_p(l) for l in seg[1].split('\n')]
        elif k == 'ohdr':
            h.append(mso_p(''))
            rows = []
            for l in seg[1].split('\n'):
                if ':' not in l:
                    rows.append(esc(l))
                    continue
                i = l.index(':')
                rows.append('<b>%s</b> %s' % (esc(l[:i + 1]), esc(l[i + 1:].strip())))
            h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            h.append('<p class="MsoNormal">' + '<br>\n'.join(rows) + '<o:p></o:p></p>')
            h.append('</div>')
            h.append(mso_p(''))
            h += [mso_p(l) for l in seg[2].split('\n')]
        else:
            raise ValueError(k)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, MSO_STYLE, lang, '\n'.join(h)))


def flowed(text, width=72):
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
        else:
            parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            out.append(' \n'.join(parts))
    return '\n'.join(out)


def make_pdf(lines, title):
    def pe(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT\n/F1 11 Tf\n15 TL\n60 780 Td\n' + ''.join('(%s) Tj T*\n' % pe(l) for l in lines) + 'ET\n'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        '<< /Length %d >>\nstream\n%sendstream' % (len(content), content),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        "<< /Title (%s) /Producer (Microsoft: Print To PDF) /CreationDate (D:20241202103512+01'00') >>" % pe(title),
    ]
    out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode('latin-1')))
        out += '%d 0 obj\n%s\nendobj\n' % (i, o)
    xref = len(out.encode('latin-1'))
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += ''.join('%010d 00000 n \n' % o for o in offs)
    out += 'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out.encode('latin-1')


def render(spec, rng):
    """spec -> (content headers, body text)"""
    kind = spec[0]
    if kind == 'ohtml':                       # Outlook, HTML only, quoted-printable
        segs, lang = spec[1], spec[2]
        cs = spec[3] if len(spec) > 3 else pick_cs(plain_of(segs))
        return leaf('text/html', outlook_html(segs, cs, lang), cs, 'quoted-printable', html=True)
    if kind == 'oalt':                        # Outlook multipart/alternative
        segs, lang = spec[1], spec[2]
        txt = plain_of(segs)
        cs = pick_cs(txt)
        p1 = leaf('text/plain', txt, cs, 'quoted-printable')
        p2 = leaf('text/html', outlook_html(segs, cs, lang), cs, 'quoted-printable', html=True)
        b = '_000_%s%s_' % (rid(rng, HEXU + 'PRMB', 14), rid(rng, HEXU, 26))
        return multi('alternative', [p1, p2], b)
    if kind == 'galt':                        # Gmail multipart/alternative
        segs = spec[1]
        txt = plain_of(segs)
        p1 = leaf('text/plain', txt, 'UTF-8', auto_cte(txt))
        p2 = leaf('text/html', gmail_html(segs), 'UTF-8', 'quoted-printable', html=True)
        return multi('alternative', [p1, p2], '000000000000' + rid(rng, HEX, 16))
    if kind == 'yalt':                        # Yahoo multipart/alternative
        segs = spec[1]
        txt = plain_of(segs)
        p1 = leaf('text/plain', txt, 'UTF-8', 'quoted-printable')
        html = ('<html><head></head><body><div class="ydp3f2a1b9cyahoo-style-wrap" '
                'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + ''.join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) or '<br>')
                          for l in txt.rstrip('\n').split('\n')) + '</div></body></html>\n')
        p2 = leaf('text/html', html, 'UTF-8', 'quoted-printable', html=True)
        b = '----=_Part_%d_%d.%d' % (rng.randint(1000000, 9999999), rng.randint(10 ** 8, 10 ** 9),
                                      rng.randint(10 ** 12, 10 ** 13))
        return multi('alternative', [p1, p2], b)
    if kind == 'plain':                       # single text/plain part
        segs, charset, cte = spec[1], spec[2], spec[3]
        style = spec[4] if len(spec) > 4 else 'std'
        params = spec[5] if len(spec) > 5 else ''
        txt = plain_of(segs)
        if 'format=flowed' in params:
            txt = flowed(txt)
        return leaf('text/plain', txt, charset, cte, style=style, params=params)
    if kind == 'mixed':                       # inner spec + attachments
        inner = render(spec[1], rng)
        parts = [inner]
        for fname, data, ctype, disp_extra in spec[2]:
            b64 = base64.encodebytes(data).decode('ascii')
            parts.append(([('Content-Type', '%s; name="%s"' % (ctype, fname)),
                           ('Content-Description', fname),
                           ('Content-Disposition', 'attachment; filename="%s"; size=%d;%s'
                            % (fname, len(data), disp_extra)),
                           ('Content-Transfer-Encoding', 'base64')], b64))
        b = '_004_%s%s_' % (rid(rng, HEXU + 'PRMB', 14), rid(rng, HEXU, 26))
        return multi('mixed', parts, b)
    if kind == 'raw':                         # fully prepared (headers, body)
        return spec[1], spec[2]
    raise ValueError(kind)


# -------------------------------------------------------------- MTA profiles
def o365(region, rdns, ip, mbx, pod, sel='selector1'):
    return dict(kind='o365', host=region, rdns=rdns, ip=ip, mbx=mbx, pod=pod, sel=sel)


def exch(host, ip, internal, sel='mail', dmarc='QUARANTINE'):
    return dict(kind='exch', host=host, rdns=host, ip=ip, internal=internal, sel=sel, dmarc=dmarc)


def postfix(host, ip, client_ip, zone='CET', sel='default', dmarc='NONE'):
    return dict(kind='postfix', host=host, rdns=host, ip=ip, client_ip=client_ip, zone=zone,
                sel=sel, dmarc=dmarc)


def gsend(host, ip, sel='google', dmarc='NONE'):
    return dict(kind='google', host=host, rdns=host, ip=ip, sel=sel, dmarc=dmarc)


def yahoo(host, ip):
    return dict(kind='yahoo', host=host, rdns=host, ip=ip, sel='s2048', dmarc='REJECT')


GMAIL = gsend('mail-sor-f41.google.com', '209.85.220.41', sel='20230601', dmarc='NONE')


# ------------------------------------------------------------- the envelope
def esmtps_id(rng, st):
    return '%s-%s%ssi%d%s.%d.%s' % (rid(rng, HEX, 13), rid(rng, HEX, 3), rid(rng, LOW + DIG, 7),
                                    rng.randint(1000000, 9999999), rid(rng, LOW + DIG, 3),
                                    rng.randint(1, 190), st.strftime('%Y.%m.%d.%H.%M.%S'))


def mx_received(rng, mta, st, when=None):
    when = when or st
    if mta['kind'] == 'google':
        via, tls = 'SMTPS', '(Google Transport Security)'
    elif mta['kind'] == 'o365':
        via, tls = 'ESMTPS', '(version=TLS1_2 cipher=ECDHE-ECDSA-AES256-GCM-SHA384 bits=256/256)'
    else:
        via, tls = 'ESMTPS', '(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)'
    return ('from %s (%s. [%s])\n        by mx.google.com with %s id %s\n        for <%s>\n'
            '        %s;\n        %s' % (mta['host'], mta['rdns'], mta['ip'], via,
                                        esmtps_id(rng, when - timedelta(seconds=1)), MBOX, tls,
                                        rfc(when, comment='PST')))


def auth_lines(rng, mta, env, ddom, indent='       '):
    if mta['kind'] == 'google' and ddom == 'gmail.com':
        dm = '(p=NONE sp=QUARANTINE dis=NONE)'
    else:
        dm = '(p=%s sp=%s dis=NONE)' % (mta.get('dmarc', 'NONE'), mta.get('dmarc', 'NONE'))
    if env == '':
        return (indent + 'spf=pass (google.com: domain of postmaster@%s designates %s as permitted sender) '
                'smtp.helo=%s' % (mta['host'], mta['ip'], mta['host']))
    return (indent + 'dkim=pass header.i=@%s header.s=%s header.b=%s;\n' % (ddom, mta['sel'], rid(rng, ALNUM, 8)) +
            indent + 'spf=pass (google.com: domain of %s designates %s as permitted sender) '
            'smtp.mailfrom=%s;\n' % (env, mta['ip'], env) +
            indent + 'dmarc=pass %s header.from=%s' % (dm, ddom))


def sender_side(rng, mta, stamp, frm_addr):
    t = stamp - timedelta(seconds=1)
    k = mta['kind']
    if k == 'o365':
        fe = '%s:%s:%s:%s' % (hx(rng), hx(rng), hx(rng), hx(rng))
        name = '%s.%s.prod.outlook.com' % (mta['mbx'], mta['pod'])
        return ['from %s\n ([fe80::%s]) by %s\n ([fe80::%s%%%d]) with mapi id 15.20.8207.017; %s'
                % (name, fe, name, fe, rng.randint(3, 7), rfc(t.astimezone(UTC)))]
    if k == 'exch':
        a, b = rng.randint(2, 60), rng.randint(2, 250)
        return ['from EXMBX0%d.%s (10.%d.%d.%d) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n'
                ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s'
                % (rng.randint(1, 4), mta['internal'], a, b, rng.randint(2, 250), mta['host'], mta['ip'],
                   rfc(t.astimezone(mta.get('tz', CET))))]
    if k == 'postfix':
        return ['from [10.%d.%d.%d] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                % (rng.randint(1, 60), rng.randint(1, 250), rng.randint(2, 250), mta['client_ip'],
                   mta['host'], rid(rng, ALNUM, 12), rfc(t.astimezone(mta.get('tz', CET)), pad=False,
                                                          comment=mta['zone']))]
    if k == 'google':
        return ['by %s with SMTP id %s\n        for <%s>; %s'
                % (mta['host'], esmtps_id(rng, t.astimezone(PST)).split('si')[0] + 'so%d%s.%d'
                   % (rng.randint(1000000, 9999999), rid(rng, LOW, 3), rng.randint(1, 9)),
                   MBOX, rfc(t.astimezone(PST), comment='PST'))]
    if k == 'yahoo':
        return ['from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s'
                % (mta['host'], rfc(t.astimezone(UTC), pad=False))]
    raise ValueError(k)


def google_block(rng, m, stamp):
    st = stamp.astimezone(PST)
    ts = int(st.timestamp())
    mta = m['mta']
    env = m['env'] if m['env'] is not None else m['frm'][1]
    ddom = mta.get('dkim') or (env.split('@')[1] if '@' in env else mta['host'])
    H = [('Delivered-To', MBOX),
         ('Received', 'by %s with SMTP id %s%dcsp%d%s;\n        %s'
          % (g2002(rng), rid(rng, LOW, 2), rng.randint(1, 40), rng.randint(100000, 9999999),
             rid(rng, LOW, 3), rfc(st, pad=False, comment='PST'))),
         ('X-Google-Smtp-Source', 'AGHT+I' + rid(rng, ALNUM, 7) + rid(rng, B64, 51)),
         ('X-Received', 'by %s with SMTP id %s%dmr%d%s.%d.%d;\n        %s'
          % (g2002(rng, 'a17'), rid(rng, LOW, 1), rng.randint(1, 99), rng.randint(1000000, 99999999),
             rid(rng, LOW, 3), rng.randint(1, 40), ts * 1000 + rng.randint(0, 999), rfc(st, comment='PST'))),
         ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n'
          '        b=%s' % (ts, rid(rng, B64, 64))),
         ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
          '        h=subject:date:message-id:to:from:dkim-signature;\n        bh=%s=;\n        b=%s'
          % (rid(rng, B64, 43), rid(rng, B64, 64))),
         ('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + auth_lines(rng, mta, env, ddom)),
         ('Return-Path', '<%s>' % env),
         ('Received', mx_received(rng, mta, st)),
         ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
          % (env or ('postmaster@' + mta['host']), mta['ip'], mta['ip'])),
         ('Authentication-Results', 'mx.google.com;\n' + auth_lines(rng, mta, env, ddom))]
    if env:
        H.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; '
                  'bh=%s=;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb=%s'
                  % (ddom, mta['sel'], ts - 2, rid(rng, B64, 43), rid(rng, B64, 72))))
    if m['forged']:
        H.append(('Received', m['forged']))
    if m['lower'] is not None:
        H += [('Received', v) for v in m['lower']]
    else:
        H += [('Received', v) for v in sender_side(rng, mta, stamp, m['frm'][1])]
    return H


# ------------------------------------------------------------ client styles
STYLE = {'o365': 'outlook', 'exch': 'outlook', 'osmtp': 'outlook', 'gmail': 'gmail', 'gws': 'gmail',
         'apple': 'apple', 'iphone': 'apple', 'tbird': 'other', 'roundcube': 'other', 'zimbra': 'other',
         'notes': 'other', 'yahoo': 'other', 'daemon': 'other', 'bulk': 'other'}


def make_mid(rng, client, m, date):
    dom = m['frm'][1].split('@')[1]
    if client == 'o365':
        mb, pod = m['mta']['mbx'], m['mta']['pod']
        return '<%s%s@%s.%s.prod.outlook.com>' % (mb, rid(rng, HEXU, 28), mb, pod)
    if client == 'exch':
        return '<%s@%s>' % (rid(rng, HEX, 32), dom)
    if client == 'osmtp':
        return '<000001db%s$%s$%s$@%s>' % (rid(rng, HEX, 4), rid(rng, HEX, 8), rid(rng, HEX, 8), dom)
    if client in ('gmail', 'gws'):
        return '<CA%s%s@mail.gmail.com>' % (rng.choice('BDEFGHJKLM'), rid(rng, ALNUM + '_=-+', 50))
    if client in ('apple', 'iphone'):
        return '<%s@%s>' % (ruuid(rng).upper(), dom)
    if client == 'tbird':
        return '<%s@%s>' % (ruuid(rng), dom)
    if client == 'roundcube':
        return '<%s@%s>' % (rid(rng, HEX, 32), dom)
    if client == 'zimbra':
        return '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 5, 10 ** 6),
                                                  int(date.timestamp() * 1000), dom)
    if client == 'notes':
        return '<OF%s.%s-ONC1258BE%s.%s-C1258BE%s.%s@%s>' % (rid(rng, HEXU, 8), rid(rng, HEXU, 8),
                                                            rid(rng, HEXU, 1), rid(rng, HEXU, 8),
                                                            rid(rng, HEXU, 1), rid(rng, HEXU, 8), dom)
    if client == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                               int(date.timestamp() * 1000))
    return '<%s.%s@%s>' % (date.strftime('%Y%m%d%H%M%S'), rid(rng, HEXU, 10), dom)


def client_extras(rng, client, m):
    lang = m.get('clang') or {'en': 'en-US', 'fr': 'fr-FR', 'es': 'es-ES', 'pt': 'pt-PT'}.get(m['lang'][:2], 'en-US')
    ti = 'AQHb' + rid(rng, B64, 28) + '=='
    if client in ('o365', 'exch'):
        topic = m['subject']
        for p in ('RE: ', 'RE : ', 'TR : ', 'WG: ', 'FW: ', 'Re: ', 'Fwd: '):
            if topic.startswith(p):
                topic = topic[len(p):]
        return [('Thread-Topic', h_text(topic, 'outlook', 'Thread-Topic')), ('Thread-Index', ti),
                ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'),
                ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if m['attach'] else ''),
                ('X-MS-TNEF-Correlator', '')]
    if client == 'osmtp':
        return [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'Adt' + rid(rng, B64, 25) + '=='),
                ('Content-Language', lang)]
    if client == 'apple':
        return [('X-Mailer', 'Apple Mail (2.3826.300.87.4.3)')]
    if client == 'iphone':
        return [('X-Mailer', 'iPhone Mail (22B91)')]
    if client == 'tbird':
        return [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', lang)]
    if client == 'roundcube':
        return [('User-Agent', 'Roundcube Webmail/1.6.6')]
    if client == 'zimbra':
        return [('X-Mailer', 'Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)'),
                ('Thread-Index', 'Ad' + rid(rng, B64, 14) + '=')]
    if client == 'notes':
        return [('X-Mailer', 'HCL Notes Release 12.0.2 November 03, 2022'),
                ('X-MIMETrack', 'Serialize by Router on MRECIC-SMTP01/MRECIC(Release 12.0.2FP2|August 2023) at\n'
                 ' 05/12/2024 08:40:04')]
    if client == 'yahoo':
        return [('X-Mailer', 'WebService/1.1.23040 YMailNorrin')]
    return []


def mime_version(client):
    if client == 'apple':
        return '1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))'
    if client == 'iphone':
        return '1.0 (1.0)'
    return '1.0'


MAILS = []


def M(n, slug, lang, cls, stamp, frm, to, subject, client, mta, body, exp, cc=(), tzh=1.0, date=None,
      delay=None, env=None, extra=(), eol='crlf', mid=None, forged=None, lower=None, attach=False,
      clang=None, desc='', sender=None):
    MAILS.append(dict(locals()))


def build(m):
    global MBOX
    MBOX = m['to'][0][1]
    fn = '%02d_%s.eml' % (m['n'], m['slug'])
    rng = random.Random(fn)
    client = m['client']
    style = STYLE[client]
    stamp = cet(m['stamp']) if m['stamp'] else None
    if m['date'] is not None:
        date = m['date']
    else:
        delay = m['delay'] if m['delay'] is not None else rng.randint(2, 7)
        date = (stamp - timedelta(seconds=delay)).astimezone(UTC if client == 'o365' else TZ(m['tzh']))
    pad_date = style in ('outlook', 'other')
    H = []
    if stamp is not None:
        H += google_block(rng, m, stamp)
    frm = m['frm']
    if m.get('sender'):
        H.append(('From', m['sender']))
    elif client == 'daemon':
        H.append(('From', '%s (%s)' % (frm[1], frm[0])))
    else:
        H.append(('From', h_addr1(frm[0], frm[1], style)))
    H.append(('To', h_addrs(m['to'], style)))
    if m['cc']:
        H.append(('CC' if style == 'outlook' else 'Cc', h_addrs(m['cc'], style)))
    H.append(('Subject', h_text(m['subject'], style)))
    zone = {'daemon': ' (WAT)'}.get(client, '')
    H.append(('Date', rfc(date, pad=pad_date) + zone))
    mid = m['mid'] or make_mid(rng, client, m, date)
    m['_mid'] = mid
    H.append(('Message-ID' if style != 'apple' else 'Message-Id', mid))
    H += client_extras(rng, client, m)
    H += list(m['extra'])
    H.append(('MIME-Version', mime_version(client)))
    chdrs, body = render(m['body'], rng)
    if chdrs[0][1].startswith('multipart/'):
        chdrs = [chdrs[0]]
    H += chdrs
    raw = ''.join('%s: %s\n' % kv for kv in H) + '\n' + body
    if m['eol'] == 'crlf':
        raw = raw.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(HERE, fn), 'wb') as f:
        f.write(raw.encode('utf-8'))
    return fn




# ------------------------------------------------------------ MTA shortcuts
def eur(n, pop, ip, mbx, pod):
    """Microsoft 365 tenant in Europe"""
    return o365('EUR%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%seur%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def nam(n, pop, ip, mbx, pod):
    return o365('NAM%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%snam%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def lat(n, pop, ip, mbx, pod):
    return o365('LAT%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%slat%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def brz(n, pop, ip, mbx, pod):
    return o365('BRA%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%sbra%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def aus(n, pop, ip, mbx, pod):
    return o365('AUS%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%saus%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def zaf(n, pop, ip, mbx, pod):
    return o365('ZAF%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%szaf%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def apc(n, pop, ip, mbx, pod):
    return o365('APC%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%sapc%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


YAHOO_FR = yahoo('sonic310-21.consmr.mail.ir2.yahoo.com', '77.238.177.148')
YAHOO_ES = yahoo('sonic305-19.consmr.mail.ir2.yahoo.com', '77.238.176.207')



# ====================================================================== texts
NB = '\u00a0'
COOP = 'iccaspcoperation@gmail.com'          # the plenary on cooperation's mailbox
FRJ = 'juridique.la-haye-amba@diplomatie.gouv.fr'
GD = 'asp23.generaldebate@gmail.com'         # the general debate's mailbox (invented)
SEC = 'Secretariat of the Assembly of States Parties'
GD_SUBJ = 'ASP23 | General debate, 2 December 2024 - list of speakers / liste des orateurs'
GD_MID = '<AM8PR02MB7716C3E0B1F24D8A9E61D07B52C11@AM8PR02MB7716.eurprd02.prod.outlook.com>'
GD_REPLY = [('In-Reply-To', GD_MID), ('References', GD_MID)]

# The Secretariat's circular, as delegations quote it below their answers.
GD_NOTE_EN = T("""
Excellencies, dear colleagues,

The list of speakers for the general debate of the twenty-third session of the Assembly, which will take place on Monday 2 December 2024 (morning meeting 10:00-13:00, afternoon meeting 15:00-18:00), is now open. Delegations are kindly requested to inscribe by e-mail to asp23.generaldebate@gmail.com before Friday 29 November 2024, 18:00, indicating the meeting and the name and title of the speaker.

In accordance with established practice, statements will be listed by level of representation. Statements on behalf of groups of States will be heard first. Delegations wishing to exercise the right of reply are kindly requested to inform the Secretariat during the meeting; points of order are raised in the room and need not be registered.

Secretariat of the Assembly of States Parties
""")

GD_NOTE_ES = T("""
Excelencias, estimados colegas:

Se abre la lista de oradores del debate general del vigésimo tercer período de sesiones de la Asamblea, que se celebrará el lunes 2 de diciembre de 2024 (sesión de la mañana, 10:00-13:00; sesión de la tarde, 15:00-18:00). Se ruega a las delegaciones que se inscriban por correo electrónico antes del viernes 29 de noviembre de 2024 a las 18:00, indicando la sesión y el nombre y cargo del orador.

Las delegaciones que deseen ejercer el derecho de respuesta deberán informar a la Secretaría durante la sesión; las cuestiones de orden se plantean en la sala y no requieren inscripción.

Secretaría de la Asamblea de los Estados Partes
""")

GD_NOTE_FR = T("""
Excellences, chers collègues,

La liste des orateurs du débat général de la vingt-troisième session de l'Assemblée, qui se tiendra le lundi 2 décembre 2024 (séance du matin, 10 h - 13 h ; séance de l'après-midi, 15 h - 18 h), est ouverte. Les délégations sont priées de s'inscrire par courriel avant le vendredi 29 novembre 2024 à 18 h.

Les déclarations au nom de groupes d'États seront entendues en premier. Les motions d'ordre sont soulevées en séance.

Secrétariat de l'Assemblée des États Parties
""")

_GD_FROM = '%s <asp@icc-cpi.int>' % SEC
HDR_GD_EN = ('From: %s\nSent: Monday, November 18, 2024 4:05 PM\nTo: ASP Focal Points <asp-focalpoints@icc-cpi.int>\n'
             'Subject: %s' % (_GD_FROM, GD_SUBJ))
HDR_GD_FR = ('De%s: %s\nEnvoyé%s: lundi 18 novembre 2024 16:05\nÀ%s: ASP Focal Points <asp-focalpoints@icc-cpi.int>\n'
             'Objet%s: %s' % (NB, _GD_FROM, NB, NB, NB, GD_SUBJ))
ATTR_GD_ES = 'El lun, 18 nov 2024 a las 16:05, %s (<asp@icc-cpi.int>) escribió:' % SEC

# ------------------------------------------------------------------ classes
R_ASK = 'reply asked'
R_MENTION = 'reply mentioned only'
R_COOP = 'reply, plenary without replies'
POO = 'point of order'
G_ASK = 'group statement'
G_ALIGN = 'group aligned with or mentioned'
G_COOP = 'group, plenary on cooperation'
LEVEL = 'level of representation'
NO_LEVEL = 'office mentioned, not the speaker\'s level'


def X(plenary, expected, participant, segment, kind='STATEMENT', group='-', level='-', speaker='-',
      doubts='-', note=''):
    """A careful officer's reading: the plenary it is read for, INSCRIBE or HOLD, the participant
    (ISO code or key), the meeting or segment where the core puts it, the kind, the group spoken
    for, the level of representation (or - for none stated with certainty), the speaker, and for
    a HOLD the reason (a doubt's code)."""
    return (plenary, expected, participant, segment, kind, group, level, speaker, doubts, note)


# ====================================================================== mails
# ---------------------------------------------------------------- 1. reply asked
M(1, 'ken-right-of-reply', 'en', R_ASK, '2024-12-02 12:41:07',
  ('Wanjiru, Grace (KE Mission)', 'gwanjiru@mfa.go.ke'),
  [(None, GD)], 'Kenya - right of reply - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Secretariat,

The Delegation of the Republic of Kenya wishes to exercise its right of reply at the end of today's general debate, in response to remarks made during the morning meeting concerning the situation in the Horn of Africa.

The reply will be delivered by Mr. Peter Otieno Mwangi, Legal Counsellor.

Kind regards,

Grace Wanjiru
First Secretary
Embassy of the Republic of Kenya, The Hague
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'KEN', 'PM', 'RIGHT_OF_REPLY', speaker='Mr. Peter Otieno Mwangi',
    note='"wishes to exercise its right of reply"; the core places a reply after the day\'s last list'),
  tzh=1, clang='en-GB')

M(2, 'sen-droit-de-reponse', 'fr', R_ASK, '2024-12-02 15:52:33',
  ('Ousmane Diop', 'ousmane.diop@diplomatie.gouv.sn'),
  [(None, GD)], 'Droit de réponse - Sénégal',
  'tbird', postfix('mail.diplomatie.gouv.sn', '196.207.231.18', '41.82.114.7', dmarc='QUARANTINE'),
  ('plain', [('text', T("""
Madame, Monsieur,

La délégation du Sénégal souhaite exercer son droit de réponse à l'issue de la séance de l'après-midi, à la suite de certaines affirmations entendues au cours du débat général.

Le droit de réponse sera exercé par M. Ousmane Diop, conseiller juridique.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Ousmane Diop
Conseiller juridique
Ambassade du Sénégal à La Haye
"""))], 'UTF-8', '8bit', 'std', '; format=flowed'),
  X('debate', 'INSCRIBE', 'SEN', 'PM', 'RIGHT_OF_REPLY', speaker='M. Ousmane Diop',
    note='« exercer son droit de réponse »; Thunderbird, format=flowed'),
  clang='fr')

M(3, 'col-derecho-de-respuesta', 'es', R_ASK, '2024-12-02 16:10:45',
  ('Misión Colombia La Haya', 'haya.juridica@cancilleria.gov.co'),
  [(None, GD)], 'Solicitud - derecho de respuesta',
  'o365', None,
  ('ohtml', [('text', T("""
Estimados señores:

La Embajada de Colombia ante el Reino de los Países Bajos saluda atentamente a la Secretaría de la Asamblea de los Estados Partes y tiene el honor de solicitar que la Delegación de Colombia pueda hacer uso del derecho de respuesta al término de la sesión de la tarde del debate general.

Hará uso de la palabra la Sra. Valentina Rincón Ospina, Ministra Consejera.

Atentamente,

Sección Jurídica
Embajada de Colombia en los Países Bajos
"""))], 'ES-CO'),
  X('debate', 'INSCRIBE', 'COL', 'PM', 'RIGHT_OF_REPLY', speaker='Sra. Valentina Rincón Ospina',
    note='« hacer uso del derecho de respuesta »; Outlook HTML only; a Ministra Consejera is a diplomatic rank'),
  clang='es-CO')

M(4, 'ven-derecho-a-replica', 'es', R_ASK, '2024-12-02 14:27:19',
  ('Delegación de Venezuela AEP', 'venezuela.aep.delegacion@gmail.com'),
  [(None, GD)], 'Derecho de réplica - República Bolivariana de Venezuela',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Buenas tardes,

La Delegación de la República Bolivariana de Venezuela desea ejercer su derecho a réplica al final de la jornada, en relación con las alusiones formuladas durante la sesión de la mañana.

Intervendrá el Sr. Samuel Moncada Rivas, Consejero.

Saludos cordiales,
Delegación de la República Bolivariana de Venezuela
"""))]),
  X('debate', 'INSCRIBE', 'VEN', 'PM', 'RIGHT_OF_REPLY', speaker='Sr. Samuel Moncada Rivas',
    note='« derecho a réplica », from a Gmail address; the subject names the State'),
  tzh=1)

M(5, 'bra-direito-de-resposta', 'pt', R_ASK, '2024-12-02 16:44:02',
  ('Divisão Jurídica - Embaixada do Brasil', 'juridico.haia@itamaraty.gov.br'),
  [(None, GD)], 'Direito de resposta - Brasil',
  'o365', None,
  ('oalt', [('text', T("""
Prezados senhores,

A Delegação do Brasil gostaria de exercer o direito de resposta ao final da sessão de hoje do debate geral.

Fará uso da palavra o Conselheiro Rodrigo Azevedo Lima.

Atenciosamente,

Divisão Jurídica
Embaixada do Brasil na Haia
"""))], 'PT-BR'),
  X('debate', 'INSCRIBE', 'BRA', 'PM', 'RIGHT_OF_REPLY', speaker='Conselheiro Rodrigo Azevedo Lima',
    note='« exercer o direito de resposta »; a Portuguese request, answered in English'),
  clang='pt-BR')

M(6, 'arm-subject-only', 'en', R_ASK, '2024-12-02 17:03:51',
  ('Armen Sargsyan', 'armen.sargsyan.mfa@gmail.com'),
  [(None, GD)], 'Right of reply - Armenia',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Dear colleagues,

Armenia kindly requests to be added to the list at the end of this afternoon's meeting.

Speaker: Mr. Armen Sargsyan, Deputy Head of Mission

Thank you,
Armen Sargsyan
Embassy of the Republic of Armenia in the Kingdom of the Netherlands
"""))]),
  X('debate', 'INSCRIBE', 'ARM', 'PM', 'RIGHT_OF_REPLY', speaker='Mr. Armen Sargsyan',
    note='the kind only in the subject ("Right of reply - Armenia"); a Deputy Head of Mission is no level'),
  tzh=1)

M(7, 'geo-right-to-reply-html', 'en', R_ASK, '2024-12-02 13:15:40',
  ('Embassy of Georgia - The Hague', 'hague.emb@mfa.gov.ge'),
  [(None, GD)], 'General debate',
  'exch', exch('mx.mfa.gov.ge', '91.239.206.40', 'mfa.local', dmarc='NONE'),
  ('ohtml', [('text', T("""
Dear Secretariat,

The Delegation of Georgia requests the right to reply to the statement delivered this morning, and would be grateful to be inscribed accordingly.

The reply will be made by Ms. Nino Kapanadze, Counsellor.

Respectfully,

Embassy of Georgia to the Kingdom of the Netherlands
"""))], 'EN-US', 'us-ascii'),
  X('debate', 'INSCRIBE', 'GEO', 'PM', 'RIGHT_OF_REPLY', speaker='Ms. Nino Kapanadze',
    note='"requests the right to reply"; Outlook HTML only, plain subject'),
  clang='en-US')

M(8, 'mli-au-titre-du-droit-de-reponse', 'fr', R_ASK, '2024-12-02 12:55:26',
  ('Aminata Traoré', 'aminata.traore.maliembassy@gmail.com'),
  [(None, GD)], 'Mali - demande de parole',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Bonjour,

La République du Mali demande la parole au titre du droit de réponse, après la dernière liste des orateurs de ce jour.

L'intervention sera prononcée par Mme Aminata Traoré, Premier Conseiller.

Cordialement,
Aminata Traoré
Ambassade du Mali
"""))]),
  X('debate', 'INSCRIBE', 'MLI', 'PM', 'RIGHT_OF_REPLY', speaker='Mme Aminata Traoré',
    note='« demande la parole au titre du droit de réponse »; a Gmail address'),
  tzh=1)

# ------------------------------------------------------- 2. reply only mentioned
M(9, 'nga-reserves-right-of-reply', 'en', R_MENTION, '2024-11-26 11:20:14',
  ('Chukwuma Okafor', 'c.okafor@nigeriaembassy.nl'),
  [(None, GD)], 'Nigeria - inscription, general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

Nigeria would like to be inscribed on the list of speakers for the morning meeting of the general debate on 2 December 2024.

The statement will be delivered by H.E. Ambassador Yusuf Danjuma Bello, Minister of Foreign Affairs of the Federal Republic of Nigeria.

Nigeria reserves its right of reply.

Best regards,

Chukwuma Okafor
Minister-Counsellor
Embassy of the Federal Republic of Nigeria, The Hague
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'NGA', 'AM', level='MINISTER', speaker='H.E. Ambassador Yusuf Danjuma Bello',
    note='"reserves its right of reply" asks for none; the speaker is the Minister; the sender a Minister-Counsellor'),
  clang='en-GB')

M(10, 'fra-se-reserve-le-droit', 'fr', R_MENTION, '2024-11-27 09:47:31',
  ('SCHMITT Claire', 'claire.schmitt@diplomatie.gouv.fr'),
  [(None, GD)], 'France - débat général - inscription',
  'o365', None,
  ('oalt', [('text', T("""
Madame, Monsieur,

La France souhaite s'inscrire sur la liste des orateurs de la séance de l'après-midi du débat général du 2 décembre.

La déclaration sera prononcée par M. Laurent Marchand-Vidal, ministre délégué chargé de l'Europe.

La délégation française se réserve le droit d'exercer son droit de réponse.

Bien cordialement,

Claire Schmitt
Rédactrice, Mission juridique
Ambassade de France aux Pays-Bas
"""))], 'FR'),
  X('debate', 'INSCRIBE', 'FRA', 'PM', speaker='M. Laurent Marchand-Vidal',
    note='« se réserve le droit d\'exercer son droit de réponse » asks for none; « ministre délégué » is no certain level'),
  clang='fr-FR')

M(11, 'chl-quoted-circular', 'es', R_MENTION, '2024-11-25 17:34:22',
  ('Ignacio Fuenzalida', 'ifuenzalida@minrel.gob.cl'),
  [(None, GD)], 'Re: ' + GD_SUBJ,
  'gmail', gsend('mail-wr1-f54.google.com', '209.85.221.54', sel='minrel-gob-cl', dmarc='NONE'),
  ('galt', [('text', T("""
Estimados colegas:

Chile desea inscribirse en la lista de oradores de la sesión de la mañana del debate general.

Hará uso de la palabra la Embajadora Carolina Sepúlveda Araya.

Saludos cordiales,
Ignacio Fuenzalida
Embajada de Chile en los Países Bajos
""")), ('gquote', ATTR_GD_ES, GD_NOTE_ES)]),
  X('debate', 'INSCRIBE', 'CHL', 'AM', speaker='Embajadora Carolina Sepúlveda Araya',
    note='the quoted circular speaks of the right of reply and of points of order; the mail asks for a statement'),
  tzh=1, extra=GD_REPLY)

M(12, 'jpn-outlook-quoted-circular', 'en', R_MENTION, '2024-11-28 10:02:45',
  ('TANAKA Haruki', 'haruki.tanaka@mofa.go.jp'),
  [(None, GD)], 'RE: ' + GD_SUBJ,
  'o365', None,
  ('oalt', [('text', T("""
Dear Secretariat,

Japan would like to take the floor in the afternoon meeting of the general debate.

Our statement will be delivered by H.E. Mr. Kenji Morimoto, Ambassador of Japan to the Netherlands.

Best regards,
Haruki Tanaka
Embassy of Japan in the Netherlands
""")), ('ohdr', HDR_GD_EN, GD_NOTE_EN)], 'EN-US'),
  X('debate', 'INSCRIBE', 'JPN', 'PM', speaker='H.E. Mr. Kenji Morimoto',
    note='answer above an Outlook header block quoting the circular (right of reply, points of order)'),
  clang='en-US', extra=GD_REPLY)

M(13, 'gha-exchange-of-replies', 'en', R_MENTION, '2024-11-27 15:11:09',
  ('Abena Owusu-Ansah', 'aowusu-ansah@mfa.gov.gh'),
  [(None, GD)], 'Ghana - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

Mindful of the lengthy exchange of rights of reply at the close of last year's general debate, Ghana will keep its statement short. Ghana would like to be inscribed for the afternoon meeting.

Speaker: Ms. Abena Owusu-Ansah, Counsellor

Kind regards,
Abena Owusu-Ansah
Embassy of the Republic of Ghana, The Hague
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'GHA', 'PM', speaker='Ms. Abena Owusu-Ansah',
    note='"rights of reply" of others, last year: a mention'),
  clang='en-GB')

# ----------------------------------------- 3. reply in the plenary on cooperation
M(14, 'ken-coop-right-of-reply', 'en', R_COOP, '2024-12-04 11:06:55',
  ('Wanjiru, Grace (KE Mission)', 'gwanjiru@mfa.go.ke'),
  [(None, COOP)], 'Kenya - right of reply - Segment II',
  'o365', None,
  ('oalt', [('text', T("""
Dear Co-Chairs,

Kenya wishes to exercise its right of reply at the end of Segment II of the plenary on cooperation.

Speaker: Mr. Peter Otieno Mwangi, Legal Counsellor

Kind regards,
Grace Wanjiru
Embassy of the Republic of Kenya, The Hague
"""))], 'EN-GB'),
  X('cooperation', 'HOLD', 'KEN', 'II', 'RIGHT_OF_REPLY', doubts='REPLY_NOT_TAKEN',
    note='the plenary on cooperation grants no right of reply: never inscribed as a statement'),
  cc=[(None, FRJ)], clang='en-GB')

M(15, 'civ-coop-droit-de-reponse', 'fr', R_COOP, '2024-12-03 10:44:12',
  ('Koffi Yao', 'koffi.yao@diplomatie.gouv.ci'),
  [(None, COOP)], 'Côte d\'Ivoire - segment I',
  'tbird', postfix('smtp.diplomatie.gouv.ci', '196.47.129.61', '102.67.14.9', dmarc='NONE'),
  ('plain', [('text', T("""
Bonjour,

La République de Côte d'Ivoire sollicite un droit de réponse à l'issue du segment I de la séance plénière sur la coopération.

Cordialement,

Koffi Yao
Ambassade de Côte d'Ivoire aux Pays-Bas
"""))], 'UTF-8', '8bit'),
  X('cooperation', 'HOLD', 'CIV', 'I', 'RIGHT_OF_REPLY', doubts='REPLY_NOT_TAKEN',
    note='« sollicite un droit de réponse »; plenary without replies'),
  cc=[(None, FRJ)], clang='fr')

M(16, 'ecu-coop-derecho-de-replica', 'es', R_COOP, '2024-12-04 09:58:40',
  ('Embajada del Ecuador', 'eecupaisesbajos@cancilleria.gob.ec'),
  [(None, COOP)], 'Ecuador - derecho de réplica',
  'o365', None,
  ('oalt', [('text', T("""
Señores:

La Embajada del Ecuador solicita que el Ecuador pueda hacer uso de su derecho de réplica en el Segmento II de la sesión plenaria sobre cooperación.

Atentamente,

Embajada del Ecuador en los Países Bajos
"""))], 'ES-EC'),
  X('cooperation', 'HOLD', 'ECU', 'II', 'RIGHT_OF_REPLY', doubts='REPLY_NOT_TAKEN',
    note='« hacer uso de su derecho de réplica »; plenary without replies'),
  cc=[(None, FRJ)], clang='es-EC')

M(17, 'prt-coop-direito-de-resposta', 'pt', R_COOP, '2024-12-04 15:21:18',
  ('Embaixada de Portugal na Haia', 'haia@mne.pt'),
  [(None, COOP)], 'Portugal - direito de resposta - Segmento I',
  'exch', exch('mx.mne.pt', '194.65.130.29', 'mne.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Exmos. Senhores,

Portugal gostaria de exercer o direito de resposta no final do Segmento I da sessão plenária sobre cooperação.

Com os melhores cumprimentos,

Secção Jurídica
Embaixada de Portugal na Haia
"""))], 'PT'),
  X('cooperation', 'HOLD', 'PRT', 'I', 'RIGHT_OF_REPLY', doubts='REPLY_NOT_TAKEN',
    note='« exercer o direito de resposta »; plenary without replies'),
  cc=[(None, FRJ)], clang='pt-PT')

M(18, 'mex-coop-se-reserva', 'es', R_COOP, '2024-11-29 12:30:05',
  ('Mariana Castañeda López', 'mcastaneda@sre.gob.mx'),
  [(None, COOP)], 'México - Segmento I - sesión plenaria sobre cooperación',
  'o365', None,
  ('oalt', [('text', T("""
Estimados colegas:

México desea intervenir en el Segmento I de la sesión plenaria sobre cooperación. Intervendrá el Embajador José Luis Arriaga Sánchez.

México se reserva el derecho de réplica.

Saludos cordiales,
Mariana Castañeda López
Embajada de México en los Países Bajos
"""))], 'ES-MX'),
  X('cooperation', 'INSCRIBE', 'MEX', 'I', speaker='Embajador José Luis Arriaga Sánchez',
    note='« se reserva el derecho de réplica » asks for none: a statement, as before'),
  cc=[(None, FRJ)], clang='es-MX')

# ------------------------------------------------------------ 4. points of order
M(19, 'hun-point-of-order', 'en', POO, '2024-12-02 09:12:38',
  ('Gergely Kovács', 'gkovacs@mfa.gov.hu'),
  [(None, GD)], 'Hungary - point of order',
  'exch', exch('mx.mfa.gov.hu', '195.228.156.18', 'mfa.local', dmarc='QUARANTINE'),
  ('oalt', [('text', T("""
Dear Secretariat,

Hungary intends to raise a point of order at the opening of the afternoon meeting concerning the order of the list of speakers, and would be grateful if the President could be informed.

Best regards,

Gergely Kovács
Embassy of Hungary, The Hague
"""))], 'EN-US'),
  X('debate', 'HOLD', 'HUN', 'PM', 'POINT_OF_ORDER', doubts='POINT_OF_ORDER',
    note='a point of order is raised in the room, not registered by mail'),
  clang='en-US')

M(20, 'bfa-motion-d-ordre', 'fr', POO, '2024-12-02 10:36:02',
  ('Salif Ouédraogo', 'salif.ouedraogo.ambabf@gmail.com'),
  [(None, GD)], 'Burkina Faso - motion d\'ordre',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Bonjour,

Le Burkina Faso souhaite soulever une motion d'ordre au cours de la séance du matin. Nous vous remercions de bien vouloir inscrire notre délégation.

Salif Ouédraogo
Ambassade du Burkina Faso
"""))]),
  X('debate', 'HOLD', 'BFA', 'AM', 'POINT_OF_ORDER', doubts='POINT_OF_ORDER',
    note='« soulever une motion d\'ordre », asking to be inscribed'),
  tzh=1)

M(21, 'ury-coop-cuestion-de-orden', 'es', POO, '2024-12-04 16:18:27',
  ('Embajada del Uruguay', 'uruhaya@mrree.gub.uy'),
  [(None, COOP)], 'Uruguay - Segmento I',
  'o365', None,
  ('oalt', [('text', T("""
Estimados:

El Uruguay solicita la palabra para plantear una cuestión de orden al inicio del Segmento I.

Atentamente,

Embajada de la República Oriental del Uruguay
"""))], 'ES-UY'),
  X('cooperation', 'HOLD', 'URY', 'I', 'POINT_OF_ORDER', doubts='POINT_OF_ORDER',
    note='« plantear una cuestión de orden » in the plenary on cooperation'),
  cc=[(None, FRJ)], clang='es-UY')

M(22, 'ago-questao-de-ordem', 'pt', POO, '2024-12-02 11:48:50',
  ('Embaixada de Angola', 'embangola.haia@gmail.com'),
  [(None, GD)], 'Questão de ordem - Angola',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Exmos. Senhores,

A Delegação de Angola pretende levantar uma questão de ordem durante a sessão da tarde do debate geral.

Com os melhores cumprimentos,
Embaixada da República de Angola no Reino dos Países Baixos
"""))]),
  X('debate', 'HOLD', 'AGO', '-', 'POINT_OF_ORDER', doubts='POINT_OF_ORDER',
    note='« levantar uma questão de ordem »'),
  tzh=1)

M(23, 'pol-quoted-circular-dpm', 'en', POO, '2024-11-29 11:05:16',
  ('Nowak-Zielińska Joanna', 'joanna.nowak-zielinska@msz.gov.pl'),
  [(None, GD)], 'RE: ' + GD_SUBJ,
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

Poland kindly requests to be inscribed for the morning meeting of the general debate.

The statement will be delivered by H.E. Mr. Tomasz Wierzbicki, Deputy Prime Minister and Minister of Foreign Affairs.

Best regards,
Joanna Nowak-Zielińska
Embassy of the Republic of Poland in The Hague
""")), ('ohdr', HDR_GD_EN, GD_NOTE_EN)], 'PL'),
  X('debate', 'INSCRIBE', 'POL', 'AM', level='MINISTER', speaker='H.E. Mr. Tomasz Wierzbicki',
    note='points of order only in the quoted circular; a Deputy Prime Minister and Minister of Foreign Affairs is a Minister (never read as Head of Government)'),
  clang='pl-PL', extra=GD_REPLY)

# ------------------------------------------------------------- 5. group statements
M(24, 'uga-african-group', 'en', G_ASK, '2024-11-25 14:58:03',
  ('Nakato, Esther', 'esther.nakato@mofa.go.ug'),
  [(None, GD)], 'Uganda on behalf of the African Group - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

Uganda, in its capacity as coordinator of the African Group of States Parties in The Hague, wishes to take the floor in the morning meeting of the general debate on behalf of the African Group.

The statement will be delivered by H.E. Mr. Moses Kizza Ssemwogerere, Ambassador of the Republic of Uganda to the Kingdom of the Netherlands.

Kind regards,

Esther Nakato
Counsellor
Embassy of the Republic of Uganda, The Hague
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'UGA', 'AM', 'GROUP_STATEMENT', group='African Group',
    speaker='H.E. Mr. Moses Kizza Ssemwogerere',
    note='"take the floor ... on behalf of the African Group"'),
  clang='en-UG')

M(25, 'cog-groupe-des-etats-d-afrique', 'fr', G_ASK, '2024-11-26 10:31:47',
  ('Ambassade du Congo', 'ambacongo.lahaye@gmail.com'),
  [(None, GD)], 'Débat général - déclaration du Groupe africain',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Madame, Monsieur,

L'Ambassade de la République du Congo a l'honneur de solliciter l'inscription de la République du Congo sur la liste des orateurs de la séance du matin, pour y prononcer une déclaration au nom du Groupe des États d'Afrique.

L'orateur sera S.E. M. Jean-Claude Mabiala, Ambassadeur.

Veuillez agréer l'expression de notre haute considération.

Ambassade de la République du Congo
"""))]),
  X('debate', 'INSCRIBE', 'COG', 'AM', 'GROUP_STATEMENT', group="Groupe des États d'Afrique",
    speaker='S.E. M. Jean-Claude Mabiala',
    note='« prononcer une déclaration au nom du Groupe des États d\'Afrique »'),
  tzh=1)

M(26, 'gtm-grulac', 'es', G_ASK, '2024-11-27 16:02:11',
  ('María José Ordóñez', 'mjordonez@minex.gob.gt'),
  [(None, GD)], 'Guatemala - debate general - GRULAC',
  'o365', None,
  ('oalt', [('text', T("""
Estimados colegas:

La Embajada de Guatemala en los Países Bajos, en su calidad de coordinadora del GRULAC, desea intervenir en la sesión de la tarde del debate general en nombre del GRULAC.

Intervendrá la Embajadora Ana Lucía Cifuentes Barrios.

Atentamente,

María José Ordóñez
Primera Secretaria
Embajada de Guatemala
"""))], 'ES-GT'),
  X('debate', 'INSCRIBE', 'GTM', 'PM', 'GROUP_STATEMENT', group='GRULAC',
    speaker='Embajadora Ana Lucía Cifuentes Barrios',
    note='« intervenir ... en nombre del GRULAC »'),
  clang='es-GT')

M(27, 'hun-eu-presidency', 'en', G_ASK, '2024-11-22 09:40:29',
  ('Gergely Kovács', 'gkovacs@mfa.gov.hu'),
  [(None, GD)], 'Statement on behalf of the EU - general debate',
  'exch', exch('mx.mfa.gov.hu', '195.228.156.18', 'mfa.local', dmarc='QUARANTINE'),
  ('ohtml', [('text', T("""
Dear Colleagues,

Hungary, holding the Presidency of the Council of the European Union, would like to request a slot in the morning meeting of the general debate to deliver a statement on behalf of the European Union and its Member States.

The statement will be delivered by H.E. Ms. Katalin Szabó-Németh, Minister of State for European Union Affairs.

Best regards,

Gergely Kovács
Embassy of Hungary, The Hague
"""))], 'EN-US', 'iso-8859-2'),
  X('debate', 'INSCRIBE', 'HUN', 'AM', 'GROUP_STATEMENT', group='European Union and its Member States',
    speaker='H.E. Ms. Katalin Szabó-Németh',
    note='"deliver a statement on behalf of the European Union"; a "Minister of State" is no certain level'),
  clang='en-US')

M(28, 'fin-nordic-countries', 'en', G_ASK, '2024-11-26 13:17:54',
  ('Laura Virtanen', 'laura.virtanen@formin.fi'),
  [(None, GD)], 'Statement on behalf of the Nordic countries - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Secretariat,

Finland will deliver a statement on behalf of the Nordic countries (Denmark, Finland, Iceland, Norway and Sweden) in the afternoon meeting of the general debate.

Speaker: H.E. Ms. Elina Koskinen, Minister for Foreign Affairs of Finland

With best regards,
Laura Virtanen
Embassy of Finland, The Hague
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'FIN', 'PM', 'GROUP_STATEMENT', group='Nordic countries', level='MINISTER',
    speaker='H.E. Ms. Elina Koskinen',
    note='group and level together: a Minister speaking for the Nordic countries'),
  clang='fi-FI')

M(29, 'tto-caricom-html', 'en', G_ASK, '2024-11-28 08:55:36',
  ('Keisha Ramdial', 'kramdial@foreign.gov.tt'),
  [(None, GD)], 'CARICOM statement - General Debate',
  'o365', None,
  ('ohtml', [('text', T("""
Good morning,

The Republic of Trinidad and Tobago has the honour to request a place on the list of speakers for the morning meeting, to deliver a statement on behalf of the Caribbean Community (CARICOM).

The statement will be delivered by Ms. Keisha Ramdial, First Secretary.

Regards,
Keisha Ramdial
High Commission of the Republic of Trinidad and Tobago
"""))], 'EN-US', 'us-ascii'),
  X('debate', 'INSCRIBE', 'TTO', 'AM', 'GROUP_STATEMENT', group='Caribbean Community',
    speaker='Ms. Keisha Ramdial',
    note='"on behalf of the Caribbean Community (CARICOM)"; Outlook HTML only'),
  clang='en-TT')

M(30, 'bel-benelux', 'fr', G_ASK, '2024-11-28 17:20:08',
  ('Sophie Lambert', 'sophie.lambert@diplobel.fed.be'),
  [(None, GD)], 'Débat général - Benelux',
  'o365', None,
  ('oalt', [('text', T("""
Chers collègues,

La Belgique prendra la parole au nom des pays du Benelux (Belgique, Luxembourg, Pays-Bas) lors de la séance de l'après-midi du débat général.

Orateur : S.E. M. Pierre Vandenberghe, Ambassadeur

Bien à vous,

Sophie Lambert
Ambassade de Belgique à La Haye
"""))], 'FR-BE'),
  X('debate', 'INSCRIBE', 'BEL', 'PM', 'GROUP_STATEMENT', group='pays du Benelux',
    speaker='S.E. M. Pierre Vandenberghe',
    note='« prendra la parole au nom des pays du Benelux »'),
  clang='fr-BE')

# ----------------------------------------------- 6. a group aligned with or mentioned
M(31, 'irl-aligns-with-eu', 'en', G_ALIGN, '2024-11-27 16:29:35',
  ('Aoife Ní Bhriain', 'aoife.nibhriain@dfa.ie'),
  [(None, GD)], 'Ireland - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear colleagues,

Ireland fully aligns itself with the statement to be delivered on behalf of the European Union. In addition, Ireland would like to take the floor in its national capacity in the morning meeting of the general debate.

Speaker: Ms. Siobhán Keating-Moran, Legal Adviser

Kind regards,

Aoife Ní Bhriain
Third Secretary
Embassy of Ireland, The Hague
"""))], 'EN-IE'),
  X('debate', 'INSCRIBE', 'IRL', 'AM', speaker='Ms. Siobhán Keating-Moran',
    note='aligning with the EU is not speaking for it: a national statement, no group recorded'),
  clang='en-IE')

M(32, 'bel-s-associe-ue', 'fr', G_ALIGN, '2024-11-26 12:12:44',
  ('Thomas Dubois', 'thomas.dubois@diplobel.fed.be'),
  [(None, GD)], 'Belgique - inscription',
  'o365', None,
  ('oalt', [('text', T("""
Madame, Monsieur,

La Belgique s'associe pleinement à la déclaration qui sera prononcée au nom de l'Union européenne et souhaite également prendre la parole à titre national lors de la séance du matin.

Orateur : M. Thomas Dubois, conseiller juridique

Bien à vous,

Thomas Dubois
Ambassade de Belgique à La Haye
"""))], 'FR-BE'),
  X('debate', 'INSCRIBE', 'BEL', 'AM', speaker='M. Thomas Dubois',
    note='« s\'associe ... à la déclaration ... au nom de l\'Union européenne » + « à titre national »'),
  clang='fr-BE')

M(33, 'per-se-adhiere-grulac', 'es', G_ALIGN, '2024-11-28 11:46:57',
  ('Embajada del Perú en los Países Bajos', 'embperu.haya@rree.gob.pe'),
  [(None, GD)], 'Perú - debate general',
  'notes', exch('smtp.rree.gob.pe', '200.48.118.20', 'rree.local', dmarc='NONE'),
  ('plain', [('text', T("""
Señores:

El Perú se adhiere a la declaración que pronunciará Guatemala en nombre del GRULAC y desea, además, intervenir a título nacional en la sesión de la tarde del debate general.

Intervendrá el Embajador Luis Alberto Chávez Prado, Representante Permanente.

Atentamente,

Embajada del Perú en los Países Bajos
"""))], 'ISO-8859-1', 'base64'),
  X('debate', 'INSCRIBE', 'PER', 'PM', speaker='Embajador Luis Alberto Chávez Prado',
    note='« se adhiere a la declaración ... en nombre del GRULAC »: a national statement; HCL Notes, base64'),
  clang='es-PE')

M(34, 'ken-as-the-african-group-said', 'en', G_ALIGN, '2024-11-27 10:08:13',
  ('Wanjiru, Grace (KE Mission)', 'gwanjiru@mfa.go.ke'),
  [(None, GD)], 'Kenya - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Secretariat,

As the African Group said at the twenty-second session, cooperation with the Court is a shared responsibility. Kenya would like to take the floor in the afternoon meeting of the general debate.

Speaker: H.E. Ms. Grace Wanjiru, Ambassador

Kind regards,
Grace Wanjiru
Embassy of the Republic of Kenya, The Hague
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'KEN', 'PM', speaker='H.E. Ms. Grace Wanjiru',
    note='"as the African Group said" is a mention'),
  clang='en-GB')

M(35, 'nga-thanks-on-behalf-of-group', 'en', G_ALIGN, '2024-11-28 14:36:48',
  ('Chukwuma Okafor', 'c.okafor@nigeriaembassy.nl'),
  [(None, GD)], 'General debate - Nigeria',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

On behalf of the African Group, allow me first to thank the Secretariat for the excellent preparation of this session.

Nigeria would like to be inscribed for the morning meeting of the general debate.

Best regards,
Chukwuma Okafor
Embassy of the Federal Republic of Nigeria, The Hague
"""))], 'EN-GB'),
  X('debate', 'HOLD', 'NGA', 'AM', doubts='GROUP_UNCLEAR',
    note='thanks on behalf of the African Group, then a request: does Nigeria speak for the Group? a person decides'),
  clang='en-GB')

M(36, 'uga-group-and-national', 'en', G_ALIGN, '2024-11-26 09:14:22',
  ('Nakato, Esther', 'esther.nakato@mofa.go.ug'),
  [(None, GD)], 'Uganda - general debate - two statements',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

Uganda would like to take the floor twice in the morning meeting: first on behalf of the African Group, and then in its national capacity.

Kind regards,
Esther Nakato
Embassy of the Republic of Uganda, The Hague
"""))], 'EN-GB'),
  X('debate', 'HOLD', 'UGA', 'AM', doubts='GROUP_UNCLEAR',
    note='two requests in one mail (for the Group and national): a person registers each'),
  clang='en-UG')

M(37, 'civ-quoted-group-thread', 'fr', G_ALIGN, '2024-11-27 18:02:31',
  ('Koffi Yao', 'koffi.yao@diplomatie.gouv.ci'),
  [(None, GD)], 'RE: Débat général - Groupe africain',
  'o365', None,
  ('oalt', [('text', T("""
Chers collègues,

La Côte d'Ivoire souhaite s'inscrire à titre national pour la séance de l'après-midi du débat général.

L'orateur sera M. Koffi Yao, conseiller.

Bien cordialement,
Koffi Yao
Ambassade de Côte d'Ivoire aux Pays-Bas
""")), ('ohdr', ('De%s: Coordination du Groupe africain <african.group.thehague@gmail.com>\n'
                 'Envoyé%s: mardi 26 novembre 2024 11:20\nÀ%s: Missions du Groupe africain\n'
                 'Objet%s: Débat général - Groupe africain' % (NB, NB, NB, NB)), T("""
Chers collègues,

Au nom du Groupe africain, la déclaration au débat général sera prononcée par l'Ouganda lors de la séance du matin. Les délégations qui le souhaitent peuvent s'inscrire à titre national.

La coordination
"""))], 'FR'),
  X('debate', 'INSCRIBE', 'CIV', 'PM', speaker='M. Koffi Yao',
    note='the group statement is in the quoted thread; the mail asks for a national statement'),
  clang='fr-FR')

# ---------------------------------------------- 7. groups in the plenary on cooperation
M(38, 'ago-coop-cplp', 'pt', G_COOP, '2024-11-29 10:19:45',
  ('Embaixada de Angola', 'embangola.haia@gmail.com'),
  [(None, COOP)], 'Angola - Segmento I - plenária sobre cooperação',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Exmos. Senhores,

A República de Angola gostaria de fazer uso da palavra no Segmento I, para proferir uma declaração em nome dos Estados Partes membros da Comunidade dos Países de Língua Portuguesa.

Com os melhores cumprimentos,
Embaixada da República de Angola no Reino dos Países Baixos
"""))]),
  X('cooperation', 'INSCRIBE', 'AGO', 'I', group='Comunidade dos Países de Língua Portuguesa',
    note='the plenary on cooperation takes statements only: a statement, the group noted beside it, as before'),
  tzh=1, cc=[(None, FRJ)])

M(39, 'sen-coop-groupe-africain-ministre', 'fr', G_COOP, '2024-11-28 16:40:19',
  ('Ousmane Diop', 'ousmane.diop@diplomatie.gouv.sn'),
  [(None, COOP)], 'Sénégal - segment I',
  'tbird', postfix('mail.diplomatie.gouv.sn', '196.207.231.18', '41.82.114.7', dmarc='QUARANTINE'),
  ('plain', [('text', T("""
Madame, Monsieur,

Le Sénégal, au nom du Groupe africain, souhaite prendre la parole au segment I de la séance plénière sur la coopération.

La déclaration sera prononcée par S.E. M. Mamadou Ndiaye, Ministre de la Justice, Garde des Sceaux.

Veuillez agréer l'expression de notre haute considération.

Ousmane Diop
Ambassade du Sénégal à La Haye
"""))], 'UTF-8', '8bit'),
  X('cooperation', 'INSCRIBE', 'SEN', 'I', group='Groupe africain', speaker='S.E. M. Mamadou Ndiaye',
    note='first come, first served: no level is recorded there, even a Minister\'s'),
  cc=[(None, FRJ)], clang='fr')

# --------------------------------------------------------- 8. level of the speaker
M(40, 'ben-garde-des-sceaux', 'fr', LEVEL, '2024-11-25 11:25:50',
  ('Ambassade du Bénin', 'ambabenin.lahaye@gmail.com'),
  [(None, GD)], 'Bénin - débat général',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Madame, Monsieur,

La République du Bénin souhaite prendre la parole lors de la séance du matin du débat général.

La déclaration sera prononcée par S.E. M. Adrien Houngbédji-Sossou, Garde des Sceaux, Ministre de la Justice et de la Législation.

Veuillez agréer l'expression de notre haute considération.

Ambassade de la République du Bénin
"""))]),
  X('debate', 'INSCRIBE', 'BEN', 'AM', level='MINISTER', speaker='S.E. M. Adrien Houngbédji-Sossou',
    note='the office after the name: « Garde des Sceaux, Ministre de la Justice »'),
  tzh=1)

M(41, 'pry-viceministro', 'es', LEVEL, '2024-11-27 12:50:33',
  ('Embajada del Paraguay', 'embapar.haya@mre.gov.py'),
  [(None, GD)], 'Paraguay - debate general',
  'o365', None,
  ('oalt', [('text', T("""
Estimados señores:

La República del Paraguay desea intervenir en la sesión de la mañana del debate general.

Intervendrá el Viceministro de Relaciones Exteriores, Excmo. Sr. Julio César Benítez Ayala.

Atentamente,

Embajada de la República del Paraguay
"""))], 'ES-PY'),
  X('debate', 'INSCRIBE', 'PRY', 'AM', level='VICE_MINISTER', speaker='Excmo. Sr. Julio César Benítez Ayala',
    note='« Intervendrá el Viceministro de Relaciones Exteriores, Excmo. Sr. … »'),
  clang='es-PY')

M(42, 'svn-head-of-delegation', 'en', LEVEL, '2024-11-28 15:33:06',
  ('Maja Kranjc', 'maja.kranjc@gov.si'),
  [(None, GD)], 'Slovenia - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Secretariat,

Slovenia would like to take the floor in the afternoon meeting of the general debate.

Speaker: H.E. Ms. Petra Zupančič, Ambassador, Head of Delegation

Best regards,
Maja Kranjc
Embassy of the Republic of Slovenia, The Hague
"""))], 'SL'),
  X('debate', 'INSCRIBE', 'SVN', 'PM', level='HEAD_OF_DELEGATION', speaker='H.E. Ms. Petra Zupančič',
    note='"Speaker: …, Ambassador, Head of Delegation"'),
  clang='sl-SI')

M(43, 'sen-president-de-la-republique', 'fr', LEVEL, '2024-11-22 10:05:44',
  ('Ousmane Diop', 'ousmane.diop@diplomatie.gouv.sn'),
  [(None, GD)], 'Sénégal - débat général - séance du matin',
  'tbird', postfix('mail.diplomatie.gouv.sn', '196.207.231.18', '41.82.114.7', dmarc='QUARANTINE'),
  ('plain', [('text', T("""
Madame, Monsieur,

Le Sénégal souhaite s'inscrire sur la liste des orateurs de la séance du matin du débat général.

S.E. M. Bassirou Sall, Président de la République du Sénégal, prendra la parole.

Veuillez agréer l'expression de notre haute considération.

Ousmane Diop
Ambassade du Sénégal à La Haye
"""))], 'UTF-8', '8bit'),
  X('debate', 'INSCRIBE', 'SEN', 'AM', level='HEAD_OF_STATE_OR_GOVERNMENT', speaker='S.E. M. Bassirou Sall',
    note='« S.E. M. …, Président de la République du Sénégal, prendra la parole »'),
  clang='fr')

M(44, 'brb-prime-minister', 'en', LEVEL, '2024-11-21 19:12:27',
  ('Foreign Affairs Barbados', 'multilateral@foreign.gov.bb'),
  [(None, GD)], 'Barbados - General Debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Secretariat,

Barbados would like to be inscribed on the list of speakers for the morning meeting of the general debate.

The Honourable Ms. Andrea Clarke-Bourne, Prime Minister of Barbados, will deliver the statement.

Kind regards,
Multilateral Affairs Division
Ministry of Foreign Affairs and Foreign Trade, Barbados
"""))], 'EN-US'),
  X('debate', 'INSCRIBE', 'BRB', 'AM', level='HEAD_OF_STATE_OR_GOVERNMENT', speaker='Ms. Andrea Clarke-Bourne',
    note='"…, Prime Minister of Barbados, will deliver the statement"; a ministry signs'),
  tzh=-4, clang='en-BB')

M(45, 'esp-jefa-de-la-delegacion', 'es', LEVEL, '2024-11-29 09:21:14',
  ('Lucía Moreno Sanz', 'lucia.moreno@maec.es'),
  [(None, GD)], 'España - debate general',
  'o365', None,
  ('oalt', [('text', T("""
Estimados colegas:

España desea intervenir en la sesión de la tarde del debate general.

Oradora: Excma. Sra. Lucía Moreno Sanz, Embajadora, Jefa de la Delegación de España

Un cordial saludo,
Lucía Moreno Sanz
Embajada de España en los Países Bajos
"""))], 'ES-ES'),
  X('debate', 'INSCRIBE', 'ESP', 'PM', level='HEAD_OF_DELEGATION', speaker='Excma. Sra. Lucía Moreno Sanz',
    note='« Oradora: …, Embajadora, Jefa de la Delegación »'),
  clang='es-ES')

M(46, 'cze-deputy-minister', 'en', LEVEL, '2024-11-26 16:48:39',
  ('Jana Dvořáková', 'jana_dvorakova@mzv.gov.cz'),
  [(None, GD)], 'Czech Republic - general debate',
  'exch', exch('mx.mzv.cz', '194.213.41.25', 'mzv.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Dear Secretariat,

Czechia would like to take the floor in the afternoon meeting of the general debate. The statement will be delivered by H.E. Mr. Martin Hořejší, Deputy Minister of Foreign Affairs.

Best regards,
Jana Dvořáková
Embassy of the Czech Republic in The Hague
"""))], 'CS'),
  X('debate', 'INSCRIBE', 'CZE', 'PM', level='VICE_MINISTER', speaker='H.E. Mr. Martin Hořejší',
    note='"Deputy Minister of Foreign Affairs" is a Vice-Minister, never a Minister'),
  clang='cs-CZ')

# --------------------------------------- 9. an office mentioned, not the speaker's level
M(47, 'gha-minister-counsellor', 'en', NO_LEVEL, '2024-11-25 10:18:42',
  ('Kofi Boateng-Mensah', 'kboateng-mensah@mfa.gov.gh'),
  [(None, GD)], 'Ghana - speakers list - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

Ghana would like to take the floor in the morning meeting of the general debate.

Speaker: Mr. Kofi Boateng-Mensah, Minister-Counsellor, Deputy Head of Mission

Best regards,
Kofi Boateng-Mensah
Minister-Counsellor
Embassy of the Republic of Ghana | The Hague
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'GHA', 'AM', speaker='Mr. Kofi Boateng-Mensah',
    note='"Minister-Counsellor" is a diplomatic rank, not a Minister; "Deputy Head of Mission" is not Head of Delegation'),
  clang='en-GB')

M(48, 'cri-asesora-del-ministro', 'es', NO_LEVEL, '2024-11-27 18:30:51',
  ('Daniela Mora Villalobos', 'dmora@rree.go.cr'),
  [(None, GD)], 'Costa Rica - debate general',
  'o365', None,
  ('oalt', [('text', T("""
Estimados señores:

Costa Rica desea intervenir en la sesión de la mañana del debate general. Intervendrá la Sra. Daniela Mora Villalobos, Asesora Legal del Ministro de Relaciones Exteriores y Culto.

Atentamente,
Daniela Mora Villalobos
Embajada de Costa Rica en los Países Bajos
"""))], 'ES-CR'),
  X('debate', 'INSCRIBE', 'CRI', 'AM', speaker='Sra. Daniela Mora Villalobos',
    note='the Minister is named as the one the speaker advises'),
  tzh=-6, clang='es-CR')

M(49, 'lux-minister-signs', 'en', NO_LEVEL, '2024-11-28 12:03:27',
  ('Cabinet du Ministre - MAEE', 'cabinet.ministre@mae.etat.lu'),
  [(None, GD)], 'Luxembourg - general debate',
  'exch', exch('smtp.etat.lu', '194.154.200.66', 'ctie.etat.lu', dmarc='REJECT'),
  ('oalt', [('text', T("""
Dear Secretariat,

Luxembourg would like to take the floor in the afternoon meeting of the general debate. Luxembourg will be represented by H.E. Ms. Anne Weber-Hoffmann, Ambassador.

Yours sincerely,

Marc Schroeder-Klein
Minister for Foreign and European Affairs
Grand Duchy of Luxembourg
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'LUX', 'PM', speaker='H.E. Ms. Anne Weber-Hoffmann',
    note='the Minister signs the mail; the Ambassador speaks'),
  clang='en-GB')

M(50, 'tun-ministre-ou-ambassadrice', 'fr', NO_LEVEL, '2024-11-29 10:46:37',
  ('Ambassade de Tunisie', 'ambtunisie.lahaye@diplomatie.gov.tn'),
  [(None, GD)], 'Tunisie - débat général',
  'o365', None,
  ('oalt', [('text', T("""
Madame, Monsieur,

La Tunisie souhaite prendre la parole lors de la séance de l'après-midi du débat général. Elle sera représentée par le Ministre des Affaires étrangères ou, en cas d'empêchement, par l'Ambassadrice, S.E. Mme Leïla Ben Salem.

Veuillez agréer l'expression de notre haute considération.

Ambassade de Tunisie à La Haye
"""))], 'FR'),
  X('debate', 'INSCRIBE', 'TUN', 'PM',
    note='the Minister or, failing him, the Ambassador: the level is not certain'),
  clang='fr-TN')

M(51, 'arg-por-instrucciones-del-canciller', 'es', NO_LEVEL, '2024-11-26 14:07:58',
  ('Embajada Argentina en los Países Bajos', 'epbaj@mrecic.gov.ar'),
  [(None, GD)], 'Argentina - inscripción - debate general',
  'o365', None,
  ('oalt', [('text', T("""
Estimados:

Por instrucciones del señor Ministro de Relaciones Exteriores, Comercio Internacional y Culto, la Embajada de la República Argentina solicita inscribir a la Argentina en la sesión de la tarde del debate general.

Hará uso de la palabra el Embajador Martín Ignacio Lanusse, Representante Permanente.

Atentamente,
Embajada de la República Argentina
"""))], 'ES-AR'),
  X('debate', 'INSCRIBE', 'ARG', 'PM', speaker='Embajador Martín Ignacio Lanusse',
    note='the Minister gave the instruction; the Ambassador speaks'),
  tzh=-3, clang='es-AR')

M(52, 'gmb-vice-president', 'en', NO_LEVEL, '2024-11-27 11:38:20',
  ('Fatou Jallow', 'fjallow@mofa.gov.gm'),
  [(None, GD)], 'The Gambia - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

The Gambia would like to take the floor in the morning meeting of the general debate. The Gambia will be represented by H.E. Mr. Lamin Ceesay, Vice-President of the Republic of The Gambia.

Kind regards,
Fatou Jallow
Embassy of The Gambia
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'GMB', 'AM', speaker='H.E. Mr. Lamin Ceesay',
    note='a Vice-President is no level the definition names: none recorded rather than a guess'),
  tzh=0, clang='en-GM')


# ------------------------------------------- 10. probes, written after the first rules ran
PROBE = 'probes written after the first rules'

M(53, 'ken-take-the-floor-to-respond', 'en', PROBE, '2024-12-02 13:02:18',
  ('Wanjiru, Grace (KE Mission)', 'gwanjiru@mfa.go.ke'),
  [(None, GD)], 'Kenya - request for the floor',
  'o365', None,
  ('oalt', [('text', T("""
Dear Secretariat,

Kenya would like to take the floor at the end of the day to respond to the remarks made about Kenya during the morning meeting.

Kind regards,
Grace Wanjiru
Embassy of the Republic of Kenya, The Hague
"""))], 'EN-GB'),
  X('debate', 'HOLD', 'KEN', '-', 'RIGHT_OF_REPLY', doubts='REPLY_UNCLEAR',
    note='a reply in all but name ("to respond to the remarks made about Kenya"): a person decides'),
  clang='en-GB')

M(54, 'sen-coop-repondre-aux-propos', 'fr', PROBE, '2024-12-04 17:35:09',
  ('Ousmane Diop', 'ousmane.diop@diplomatie.gouv.sn'),
  [(None, COOP)], 'Sénégal - segment II',
  'tbird', postfix('mail.diplomatie.gouv.sn', '196.207.231.18', '41.82.114.7', dmarc='QUARANTINE'),
  ('plain', [('text', T("""
Madame, Monsieur,

Le Sénégal souhaite prendre la parole au segment II pour répondre aux propos tenus à son égard lors du segment I.

Veuillez agréer l'expression de notre haute considération.

Ousmane Diop
Ambassade du Sénégal à La Haye
"""))], 'UTF-8', '8bit'),
  X('cooperation', 'HOLD', 'SEN', 'II', 'RIGHT_OF_REPLY', doubts='REPLY_UNCLEAR',
    note='« pour répondre aux propos tenus à son égard »: a reply asked in other words, in a plenary without replies'),
  cc=[(None, FRJ)], clang='fr')

M(55, 'uga-statement-of-the-african-group', 'en', PROBE, '2024-11-27 09:03:44',
  ('Nakato, Esther', 'esther.nakato@mofa.go.ug'),
  [(None, GD)], 'General debate - morning meeting',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

Uganda would like to take the floor in the morning meeting of the general debate to deliver the statement of the African Group.

Speaker: H.E. Mr. Moses Kizza Ssemwogerere, Ambassador

Kind regards,
Esther Nakato
Embassy of the Republic of Uganda, The Hague
"""))], 'EN-GB'),
  X('debate', 'HOLD', 'UGA', 'AM', 'GROUP_STATEMENT', doubts='GROUP_UNCLEAR',
    note='"to deliver the statement of the African Group": a group statement without "on behalf of"; a person decides (rewritten after the first run: the first text named Uganda only as "delivered by Uganda", which the reader of who asks cannot use)'),
  clang='en-UG')

M(56, 'ken-in-addition-to-group-statement', 'en', PROBE, '2024-11-28 12:44:27',
  ('Wanjiru, Grace (KE Mission)', 'gwanjiru@mfa.go.ke'),
  [(None, GD)], 'Kenya - general debate, afternoon',
  'o365', None,
  ('oalt', [('text', T("""
Dear Secretariat,

In addition to the statement delivered on behalf of the African Group by Uganda, Kenya would like to take the floor in the afternoon meeting of the general debate.

Speaker: Mr. Peter Otieno Mwangi, Legal Counsellor

Kind regards,
Grace Wanjiru
Embassy of the Republic of Kenya, The Hague
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'KEN', 'PM', speaker='Mr. Peter Otieno Mwangi',
    note='"in addition to the statement delivered on behalf of the African Group by Uganda": someone else\'s'),
  clang='en-GB')

M(57, 'bel-declaration-conjointe', 'fr', PROBE, '2024-11-27 14:20:51',
  ('Sophie Lambert', 'sophie.lambert@diplobel.fed.be'),
  [(None, GD)], 'Débat général - déclaration conjointe',
  'o365', None,
  ('oalt', [('text', T("""
Chers collègues,

La Belgique, les Pays-Bas et le Luxembourg prononceront une déclaration conjointe lors de la séance du matin du débat général.

Elle sera lue par S.E. M. Pierre Vandenberghe, Ambassadeur de Belgique.

Bien à vous,

Sophie Lambert
Ambassade de Belgique à La Haye
"""))], 'FR-BE'),
  X('debate', 'HOLD', 'BEL', 'AM', 'GROUP_STATEMENT', doubts='NOT_A_REQUEST',
    note='« prononceront une déclaration conjointe »: the reader does not see « prononceront » as asking, so it is held as no request; a person reads it'),
  clang='fr-BE')

M(58, 'irl-supports-eu-statement', 'en', PROBE, '2024-11-29 09:58:02',
  ('Aoife Ní Bhriain', 'aoife.nibhriain@dfa.ie'),
  [(None, GD)], 'Ireland - general debate (national statement)',
  'o365', None,
  ('oalt', [('text', T("""
Dear colleagues,

Ireland fully supports the statement to be delivered on behalf of the European Union and will also take the floor in its national capacity in the afternoon meeting of the general debate.

Kind regards,

Aoife Ní Bhriain
Embassy of Ireland, The Hague
"""))], 'EN-IE'),
  X('debate', 'INSCRIBE', 'IRL', 'PM',
    note='"supports the statement to be delivered on behalf of the EU" + "in its national capacity"'),
  clang='en-IE')

M(59, 'nam-the-foreign-minister-will', 'en', PROBE, '2024-11-26 15:37:40',
  ('Ndapewa Shikongo', 'nshikongo@mirco.gov.na'),
  [(None, GD)], 'Namibia - General Debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

Namibia would like to be inscribed for the morning meeting of the general debate. The Foreign Minister, Hon. Ms. Ndapewa Shikongo-Haufiku, will take the floor.

Kind regards,
Ndapewa Shikongo
High Commission of the Republic of Namibia
"""))], 'EN-GB'),
  X('debate', 'INSCRIBE', 'NAM', 'AM', level='MINISTER',
    note='"The Foreign Minister, Hon. …, will take the floor"'),
  clang='en-NA')

M(60, 'nld-prime-ministers-envoy', 'en', PROBE, '2024-11-27 11:11:11',
  ('Heijden, Joost van der', 'joost-vander.heijden@minbuza.nl'),
  [(None, GD)], 'Netherlands - general debate',
  'exch', exch('mx1.minbuza.nl', '145.21.214.40', 'minbuza.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Dear Secretariat,

The Kingdom of the Netherlands would like to take the floor in the afternoon meeting of the general debate.

Speaker: Mr. Maarten de Boer, the Prime Minister's Special Envoy for International Justice

Best regards,
Joost van der Heijden
Ministry of Foreign Affairs of the Netherlands
"""))], 'EN-US'),
  X('debate', 'INSCRIBE', 'NLD', 'PM', speaker='Mr. Maarten de Boer',
    note='"the Prime Minister\'s Special Envoy": the Prime Minister does not speak'),
  clang='nl-NL')

M(61, 'esp-secretario-de-estado', 'es', PROBE, '2024-11-28 13:26:35',
  ('Lucía Moreno Sanz', 'lucia.moreno@maec.es'),
  [(None, GD)], 'España - debate general - sesión de la mañana',
  'o365', None,
  ('oalt', [('text', T("""
Estimados colegas:

España desea intervenir en la sesión de la mañana del debate general. Intervendrá el Secretario de Estado de Asuntos Exteriores y Globales, Excmo. Sr. Diego Martín Alcalde.

Un cordial saludo,
Lucía Moreno Sanz
Embajada de España en los Países Bajos
"""))], 'ES-ES'),
  X('debate', 'INSCRIBE', 'ESP', 'AM', speaker='Excmo. Sr. Diego Martín Alcalde',
    note='a « Secretario de Estado » is no level the definition names with certainty'),
  clang='es-ES')

M(62, 'fra-chef-de-delegation-suppleant', 'fr', PROBE, '2024-11-28 10:40:28',
  ('SCHMITT Claire', 'claire.schmitt@diplomatie.gouv.fr'),
  [(None, GD)], 'France - débat général - séance du matin',
  'o365', None,
  ('oalt', [('text', T("""
Madame, Monsieur,

La France souhaite prendre la parole lors de la séance du matin du débat général.

Orateur : M. Julien Ferrand, représentant permanent adjoint, chef de délégation suppléant

Bien cordialement,

Claire Schmitt
Ambassade de France aux Pays-Bas
"""))], 'FR'),
  X('debate', 'INSCRIBE', 'FRA', 'AM', speaker='M. Julien Ferrand',
    note='« chef de délégation suppléant » is not the head of delegation'),
  clang='fr-FR')

M(63, 'tls-solicita-direito-de-resposta', 'pt', PROBE, '2024-12-02 17:21:43',
  ('Missão de Timor-Leste', 'timorleste.haia@gmail.com'),
  [(None, GD)], 'Timor-Leste',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Exmos. Senhores,

A Delegação da República Democrática de Timor-Leste solicita o direito de resposta no final do debate geral de hoje, em resposta às declarações proferidas na sessão da tarde.

Com os melhores cumprimentos,
Missão de Timor-Leste
"""))]),
  X('debate', 'INSCRIBE', 'TLS', 'PM', 'RIGHT_OF_REPLY',
    note='« solicita o direito de resposta »; « em resposta às declarações » is not a second reply'),
  tzh=1)

M(64, 'arg-es-posible-replica', 'es', PROBE, '2024-12-02 16:58:12',
  ('Embajada Argentina en los Países Bajos', 'epbaj@mrecic.gov.ar'),
  [(None, GD)], 'Argentina - debate general',
  'o365', None,
  ('oalt', [('text', T("""
Estimados:

¿Sería posible ejercer el derecho de réplica al final de la sesión de la tarde? La delegación argentina quisiera hacerlo, en relación con las referencias a las Islas Malvinas formuladas esta mañana.

Atentamente,
Embajada de la República Argentina
"""))], 'ES-AR'),
  X('debate', 'INSCRIBE', 'ARG', 'PM', 'RIGHT_OF_REPLY',
    note='asked as a question, then « quisiera hacerlo »: a request for the right of reply'),
  tzh=-3, clang='es-AR')

M(65, 'gtm-retira-derecho-de-respuesta', 'es', PROBE, '2024-12-02 17:40:37',
  ('María José Ordóñez', 'mjordonez@minex.gob.gt'),
  [(None, GD)], 'Guatemala - derecho de respuesta',
  'o365', None,
  ('oalt', [('text', T("""
Estimados colegas:

Guatemala retira su solicitud de derecho de respuesta presentada esta tarde.

Atentamente,
María José Ordóñez
Embajada de Guatemala
"""))], 'ES-GT'),
  X('debate', 'HOLD', 'GTM', '-', 'RIGHT_OF_REPLY', doubts='WITHDRAWAL',
    note='a reply withdrawn: a withdrawal, done by hand'),
  tzh=1, clang='es-GT')

M(66, 'zaf-group-of-african-states-minister', 'en', PROBE, '2024-11-25 16:12:09',
  ('Thandiwe Mokoena', 'mokoenat@dirco.gov.za'),
  [(None, GD)], 'South Africa - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

South Africa will take the floor on behalf of the Group of African States in the afternoon meeting of the general debate. The statement will be delivered by H.E. Mr. Sipho Dlamini-Nkosi, Minister of Justice and Constitutional Development.

Regards,
Thandiwe Mokoena
Embassy of South Africa, The Hague
"""))], 'EN-ZA'),
  X('debate', 'INSCRIBE', 'ZAF', 'PM', 'GROUP_STATEMENT', group='Group of African States', level='MINISTER',
    speaker='H.E. Mr. Sipho Dlamini-Nkosi',
    note='a group statement by a Minister'),
  clang='en-ZA')

M(67, 'per-en-nombre-del-grulac-agradece', 'es', PROBE, '2024-11-26 10:05:30',
  ('Embajada del Perú en los Países Bajos', 'embperu.haya@rree.gob.pe'),
  [(None, GD)], 'Perú - debate general - sesión de la mañana',
  'notes', exch('smtp.rree.gob.pe', '200.48.118.20', 'rree.local', dmarc='NONE'),
  ('plain', [('text', T("""
Señores:

En nombre del GRULAC, agradecemos a la Secretaría la organización de este período de sesiones.

El Perú desea intervenir a título nacional en la sesión de la mañana del debate general.

Atentamente,

Embajada del Perú en los Países Bajos
"""))], 'ISO-8859-1', 'quoted-printable'),
  X('debate', 'INSCRIBE', 'PER', 'AM',
    note='thanks in the name of GRULAC, and a statement « a título nacional »: a national statement'),
  clang='es-PE')


M(68, 'bel-joint-statement-en', 'en', PROBE, '2024-11-27 14:48:05',
  ('Sophie Lambert', 'sophie.lambert@diplobel.fed.be'),
  [(None, GD)], 'General debate - joint statement',
  'o365', None,
  ('oalt', [('text', T("""
Dear colleagues,

Belgium would like to take the floor in the morning meeting of the general debate to deliver a joint statement on behalf of Belgium, the Netherlands and Luxembourg.

Speaker: H.E. Mr. Pierre Vandenberghe, Ambassador of Belgium

Kind regards,

Sophie Lambert
Embassy of Belgium, The Hague
"""))], 'EN-GB'),
  X('debate', 'HOLD', 'BEL', 'AM', 'GROUP_STATEMENT', doubts='GROUP_UNCLEAR',
    note='a joint statement of three States, no group named: neither a national statement nor a named group'),
  clang='en-BE')


M(69, 'ken-statement-and-reply-one-sentence', 'en', PROBE, '2024-11-29 16:02:40',
  ('Wanjiru, Grace (KE Mission)', 'gwanjiru@mfa.go.ke'),
  [(None, GD)], 'Kenya - general debate',
  'o365', None,
  ('oalt', [('text', T("""
Dear Secretariat,

Kenya would like to deliver a national statement in the afternoon meeting of the general debate, and to exercise its right of reply at the end of the day.

Kind regards,
Grace Wanjiru
Embassy of the Republic of Kenya, The Hague
"""))], 'EN-GB'),
  X('debate', 'HOLD', 'KEN', 'PM', doubts='REPLY_UNCLEAR',
    note='a statement and a reply asked in one sentence: two requests, a person registers each'),
  clang='en-GB')

M(70, 'chl-statement-and-also-reply', 'es', PROBE, '2024-11-28 18:10:09',
  ('Ignacio Fuenzalida', 'ifuenzalida@minrel.gob.cl'),
  [(None, GD)], 'Chile - debate general',
  'gmail', gsend('mail-wr1-f54.google.com', '209.85.221.54', sel='minrel-gob-cl', dmarc='NONE'),
  ('galt', [('text', T("""
Estimados colegas:

Chile desea intervenir en la sesión de la mañana del debate general.

Asimismo, Chile desea ejercer su derecho de respuesta al final de la jornada.

Saludos cordiales,
Ignacio Fuenzalida
Embajada de Chile en los Países Bajos
"""))]),
  X('debate', 'HOLD', 'CHL', 'AM', doubts='REPLY_UNCLEAR',
    note='a statement, and « asimismo » a reply: two requests, a person registers each'),
  tzh=1)

M(71, 'gha-inscribed-for-a-right-of-reply', 'en', PROBE, '2024-12-02 16:31:55',
  ('Abena Owusu-Ansah', 'aowusu-ansah@mfa.gov.gh'),
  [(None, GD)], 'Ghana - afternoon meeting',
  'o365', None,
  ('oalt', [('text', T("""
Dear Colleagues,

Ghana would like to take the floor in the afternoon meeting, and asks that time be kept at the end of the day for the right of reply.

Kind regards,
Abena Owusu-Ansah
Embassy of the Republic of Ghana, The Hague
"""))], 'EN-GB'),
  X('debate', 'HOLD', 'GHA', 'PM', doubts='REPLY_UNCLEAR',
    note='a statement, and time "kept ... for the right of reply": whose, and asked or not? a person decides'),
  clang='en-GB')


# ======================================================================= main
CLASSES = [R_ASK, R_MENTION, R_COOP, POO, G_ASK, G_ALIGN, G_COOP, LEVEL, NO_LEVEL, PROBE]


def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    rows = []
    nums = [m['n'] for m in MAILS]
    assert nums == sorted(nums) and len(set(nums)) == len(nums), 'numbering'
    for m in MAILS:
        if m['mta'] is None:  # Microsoft 365, a tenant per sender
            rng = random.Random(m['slug'])
            m['mta'] = eur(rng.randint(1, 9), rng.choice(['AM6', 'DB5', 'VI1', 'PR3', 'DU2']),
                           '40.107.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)),
                           rng.choice(['AM9PR02MB', 'DB9PR01MB', 'VI1PR07MB', 'PAXPR08MB'])
                           + str(rng.randint(1000, 9999)), 'eurprd0%d' % rng.randint(1, 9))
        fn = build(m)
        plenary, exp, part, seg, kind, group, level, spk, doubts, note = m['exp']
        assert plenary in ('debate', 'cooperation') and exp in ('INSCRIBE', 'HOLD')
        assert kind in ('STATEMENT', 'RIGHT_OF_REPLY', 'GROUP_STATEMENT', 'POINT_OF_ORDER')
        assert (exp == 'HOLD') == (doubts != '-')
        rows.append('\t'.join([fn, plenary, exp, part, seg, kind, group, level, spk, doubts, note]))
    with open(os.path.join(HERE, 'expected.tsv'), 'w', encoding='utf-8') as f:
        f.write('# file\tplenary\texpected\tparticipant\tsegment\tkind\tgroup\tlevel\tspeaker\tdoubts\tnote\n')
        f.write('\n'.join(rows) + '\n')
    print('wrote %d mails + expected.tsv' % len(MAILS))
    from collections import Counter
    by = Counter((m['cls'], m['lang']) for m in MAILS)
    for c in CLASSES:
        print('  %-44s %2d  [%s]' % (c, sum(v for (k, _), v in by.items() if k == c),
                                     ' '.join('%s %d' % (l, by[(c, l)]) for l in ('en', 'fr', 'es', 'pt') if by[(c, l)])))


if __name__ == '__main__':
    main()

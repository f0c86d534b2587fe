#!/usr/bin/env python3
"""Generate the 'when' class set: Gmail-delivered registration e-mails for the
speakers' list of the ASP23 plenary on cooperation (The Hague, 5 Dec 2024),
that are hard because of TIME (which stamp proves receipt) and STRUCTURE
(MIME shapes, charsets, encodings, attachments) and REPEATS (duplicates,
reused or missing Message-IDs), plus expected.tsv (a careful Secretariat
officer's reading of each mail).

Deadline: received by the Secretariat's provider (Gmail) before
2024-12-05T00:00 Europe/Amsterdam = 2024-12-04T23:00:00Z.  Receipt = the
`Received: from <sender> by mx.google.com ...; <date>` line that sits right
under Google's own internal `Received: by 2002:...` hop at the top; lines
below it are the sender's and prove nothing.

Standard library only.  Deterministic: every random id is drawn from a
generator seeded with the file name.  Run:  python3 gen.py
It rewrites every *.eml and expected.tsv in the folder this script lives in.
The infrastructure helpers are copied from shared/data/mail-dev/gen.py;
all people, delegations and texts are new.
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
    # 7bit/8bit: keep the exact bytes (restored on write by surrogateescape)
    return data.decode('ascii', 'surrogateescape')


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


ZONES = {'CET': 1, 'EET': 2, 'GMT': 0, 'UTC': 0, 'WAT': 1, '-03': -3, '-05': -5, 'CST': -6}


def postfix(host, ip, client_ip, zone='CET', sel='default', dmarc='NONE'):
    return dict(kind='postfix', host=host, rdns=host, ip=ip, client_ip=client_ip, zone=zone,
                sel=sel, dmarc=dmarc, tz=TZ(ZONES[zone]))


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



# ================================================================ envelope
# (own code from here on)
import io
import struct
import zipfile
import zlib

DEADLINE = datetime(2024, 12, 4, 23, 0, 0, tzinfo=UTC)
ZCOMMENT = {-8 * 3600: 'PST', 0: 'UTC', 3600: 'CET'}


def pst(s):
    return at(s, -8)


def utc(s):
    return at(s, 0)


def zc(dt):
    return ZCOMMENT.get(int(dt.utcoffset().total_seconds()))


def google_top(rng, hop_dt, tz=PST, rcpt=MBOX):
    """Google's own internal hop at the very top (trusted, written by Gmail)."""
    st = hop_dt.astimezone(tz)
    ts = int(st.timestamp())
    return [('Delivered-To', rcpt),
            ('Received', 'by %s with SMTP id %s%dcsp%d%s;\n        %s'
             % (g2002(rng), rid(rng, LOW, 2), rng.randint(1, 40), rng.randint(100000, 9999999),
                rid(rng, LOW, 3), rfc(st, pad=False, comment=zc(st)))),
            ('X-Google-Smtp-Source', 'AGHT+I' + rid(rng, ALNUM, 7) + rid(rng, B64, 51)),
            ('X-Received', 'by %s with SMTP id %s%dmr%d%s.%d.%d;\n        %s'
             % (g2002(rng, 'a17'), rid(rng, LOW, 1), rng.randint(1, 99), rng.randint(1000000, 99999999),
                rid(rng, LOW, 3), rng.randint(1, 40), ts * 1000 + rng.randint(0, 999), rfc(st, comment=zc(st))))]


def arc(rng, ts, mta, env, ddom):
    return [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n'
             '        b=%s' % (ts, rid(rng, B64, 64))),
            ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
             '        h=subject:date:message-id:to:from:dkim-signature;\n        bh=%s=;\n        b=%s'
             % (rid(rng, B64, 43), rid(rng, B64, 64))),
            ('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + auth_lines(rng, mta, env, ddom))]


def mx_line(rng, mta, dt, tz=PST, rcpt=MBOX):
    st = dt.astimezone(tz)
    if mta['kind'] == 'google':
        via, tls = 'SMTPS', '(Google Transport Security)'
    elif mta['kind'] == 'o365':
        via, tls = 'ESMTPS', '(version=TLS1_2 cipher=ECDHE-ECDSA-AES256-GCM-SHA384 bits=256/256)'
    else:
        via, tls = 'ESMTPS', '(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)'
    return ('from %s (%s. [%s])\n        by mx.google.com with %s id %s\n        for <%s>\n'
            '        %s;\n        %s' % (mta['host'], mta['rdns'], mta['ip'], via,
                                        esmtps_id(rng, st - timedelta(seconds=1)), rcpt, tls,
                                        rfc(st, comment=zc(st))))


def dkim(rng, ddom, sel, ts):
    return ('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; '
            'bh=%s=;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb=%s'
            % (ddom, sel, ts - 2, rid(rng, B64, 43), rid(rng, B64, 72)))


def env_of(m):
    return m['env'] if m['env'] is not None else m['frm'][1]


def ddom_of(m):
    env = env_of(m)
    return m['mta'].get('dkim') or (env.split('@')[1] if '@' in env else m['mta']['host'])


def std_trace(rng, m, mx_dt):
    """Google top hop + mx.google.com stamp + auth + [below] + sender-side lines."""
    mta = m['mta']
    env, ddom = env_of(m), ddom_of(m)
    tz = m['mx_tz'] or PST
    hop_dt = m['hop'] or mx_dt
    ts = int(mx_dt.timestamp())
    H = google_top(rng, hop_dt, m['hop_tz'] or tz)
    H += arc(rng, ts, mta, env, ddom)
    H += [('Return-Path', '<%s>' % env),
          ('Received', mx_line(rng, mta, mx_dt, tz)),
          ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
           % (env or ('postmaster@' + mta['host']), mta['ip'], mta['ip'])),
          ('Authentication-Results', 'mx.google.com;\n' + auth_lines(rng, mta, env, ddom))]
    if env:
        H.append(dkim(rng, ddom, mta['sel'], ts))
    H += [('Received', v) for v in (m['below'] or [])]
    if m['lower'] is not None:
        H += [('Received', v) for v in m['lower']]
    else:
        H += [('Received', v) for v in sender_side(rng, mta, mx_dt, m['frm'][1])]
    return H


def hop_only_trace(rng, m, hop_dt):
    """Only Google's internal hop: no 'from ... by mx.google.com' line at all."""
    env = env_of(m)
    H = google_top(rng, hop_dt, m['hop_tz'] or PST)
    H += [('Return-Path', '<%s>' % env)]
    return H


# ------------------------------------------------------------- attachments
def make_png(rng, w, h):
    raw = b''.join(b'\x00' + bytes(rng.getrandbits(8) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def make_docx(paras):
    def x(s):
        return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ('word/document.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paras)
         + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return buf.getvalue()


def make_tnef(rng, subject):
    """A plausible (not complete) TNEF stream: signature, key, a few attributes."""
    def attr(level, aid, atype, data):
        body = struct.pack('<BHHI', level, aid, atype, len(data)) + data
        return body + struct.pack('<H', sum(data) & 0xffff)
    out = struct.pack('<IH', 0x223E9F78, rng.randint(1, 0xffff))
    out += attr(1, 0x9006, 0x0008, struct.pack('<I', 0x00010000))            # attTnefVersion
    out += attr(1, 0x9007, 0x0006, b'1252\x00')                             # attOemCodepage
    out += attr(1, 0x8008, 0x0007, b'IPM.Microsoft Mail.Note\x00')         # attMessageClass
    out += attr(1, 0x8004, 0x0001, subject.encode('cp1252') + b'\x00')      # attSubject
    props = bytes(rng.getrandbits(8) for _ in range(1400))
    out += attr(1, 0x9003, 0x0006, props)                                   # attMsgProps
    return out


def attach_part(fname, data, ctype, inline=False, cid=None, extra=''):
    b64 = base64.encodebytes(data).decode('ascii')
    hd = [('Content-Type', '%s; name="%s"' % (ctype, fname))]
    if cid:
        hd.append(('Content-ID', '<%s>' % cid))
    hd += [('Content-Disposition', '%s; filename="%s"; size=%d%s'
            % ('inline' if inline else 'attachment', fname, len(data), extra)),
           ('Content-Transfer-Encoding', 'base64')]
    return hd, b64


# ------------------------------------------------------------- the mail list
MAILS = []


def M(n, slug, cls, lang, frm, to, subject, client, mta, body, exp, stamp=None, cc=(), tzh=1.0,
      date=None, delay=None, env=None, extra=(), eol='crlf', mid=None, trace=None, attach=False,
      clang=None, desc='', mx_tz=None, hop=None, hop_tz=None, lower=None, below=None,
      hop_only=False, notrace=False, xhdr_after=(), hraw=None):
    MAILS.append(dict(locals()))


def build(m, by_n):
    fn = '%02d_%s.eml' % (m['n'], m['slug'])
    rng = random.Random(fn)
    client = m['client']
    style = STYLE[client]
    stamp = m['stamp']
    if m['date'] is not None:
        date = m['date']
    else:
        delay = m['delay'] if m['delay'] is not None else rng.randint(2, 7)
        date = (stamp - timedelta(seconds=delay)).astimezone(UTC if client == 'o365' else TZ(m['tzh']))
    pad_date = style in ('outlook', 'other')
    H = []
    if m['notrace']:
        pass
    elif m['trace'] is not None:
        H += m['trace'](rng, m)
    elif m['hop_only']:
        H += hop_only_trace(rng, m, stamp)
    else:
        H += std_trace(rng, m, stamp)
    frm = m['frm']
    hraw = m['hraw'] or {}
    H.append(('From', hraw.get('From') or h_addr1(frm[0], frm[1], style)))
    H.append(('To', hraw.get('To') or h_addrs(m['to'], style)))
    if m['cc'] or 'Cc' in hraw:
        H.append(('CC' if style == 'outlook' else 'Cc', hraw.get('Cc') or h_addrs(m['cc'], style)))
    H.append(('Subject', hraw.get('Subject') or h_text(m['subject'], style)))
    dsort = date if isinstance(date, datetime) else None
    if isinstance(date, datetime):
        H.append(('Date', rfc(date, pad=pad_date)))
    elif date:
        H.append(('Date', date))
    mid = m['mid']
    if isinstance(mid, str) and mid.startswith('ref:'):
        mid = by_n[int(mid[4:])]['_mid']
    elif mid is None:
        mid = make_mid(rng, client, m, dsort or stamp or datetime(2024, 12, 1, tzinfo=UTC))
    m['_mid'] = mid
    if mid:
        H.append(('Message-ID' if style != 'apple' else 'Message-Id', mid))
    own = {k.lower() for k, _ in m['extra']}
    H += [(k, v) for k, v in client_extras(rng, client, m) if k.lower() not in own]
    H += [(k, by_n[int(v[4:])]['_mid'] if v.startswith('ref:') else v) for k, v in m['extra']]
    H.append(('MIME-Version', mime_version(client)))
    chdrs, body = render(m['body'], rng)
    if chdrs[0][1].startswith('multipart/'):
        chdrs = [chdrs[0]]
    H += chdrs
    H += list(m['xhdr_after'])
    head = ''.join('%s: %s\n' % kv for kv in H)
    head_b = head.encode('utf-8', 'surrogateescape')
    body_b = body.encode('utf-8', 'surrogateescape')
    if m['eol'] == 'crlf':
        raw = (head_b + b'\n' + body_b).replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    elif m['eol'] == 'mixed':            # headers CRLF, body bare LF
        raw = (head_b + b'\n').replace(b'\r\n', b'\n').replace(b'\n', b'\r\n') + body_b.replace(b'\r\n', b'\n')
    else:
        raw = (head_b + b'\n' + body_b).replace(b'\r\n', b'\n')
    with open(os.path.join(HERE, fn), 'wb') as f:
        f.write(raw)
    return fn


# ====================================================================== texts
SIG_FR = 'juridique.la-haye-amba@diplomatie.gouv.fr'
CC_FR = [(None, FRJ)]
R, S, D = 'receipt', 'structure', 'repeats'


def bnd(rng, kind='ol'):
    if kind == 'ol':
        return '_%03d_%s%s_' % (rng.randint(0, 9), rid(rng, HEXU + 'PRMB', 14), rid(rng, HEXU, 26))
    if kind == 'gm':
        return '000000000000' + rid(rng, HEX, 16)
    if kind == 'ap':
        return 'Apple-Mail=_%s' % ruuid(rng).upper()
    return '----=_NextPart_%03d_%04X_%s.%s' % (rng.randint(0, 9), rng.randint(0, 0xffff),
                                                rid(rng, HEXU, 8), rid(rng, HEXU, 8))


# ============================================================================
# CLASS 1 - receipt: which stamp proves the time of receipt
# deadline 2024-12-04 23:00:00Z = 15:00:00 -0800 (PST) = 5 Dec 00:00:00 +0100
# ============================================================================

# ---- 01 Austria: mx.google.com stamp written in +0000, 22:59:59Z (1 s before)
M(1, 'aut', R, 'en',
  ('Florian Steindl', 'florian.steindl@bmeia.gv.at'),
  [(None, MBOX)], 'Austria - speakers list - plenary on cooperation 5 Dec - Segment II',
  'exch', exch('mx01.bmeia.gv.at', '194.232.106.52', 'bmeia.local'),
  ('oalt', [('text', T("""
Dear Colleagues,

With apologies for the late hour, please find below the registration of Austria for tomorrow's plenary on cooperation.

Participant: Republic of Austria
Segment: II - How can States Parties strengthen their support to the Court with existing tools?
Speaker: Dr. Magdalena Aichinger, Legal Adviser, Embassy of Austria in The Hague

Many thanks and kind regards,

Florian Steindl
Attaché
Embassy of Austria | The Hague
"""))], 'EN-GB'),
  ('INSCRIBE', 'AUT', 'II', 'Dr. Magdalena Aichinger',
   'mx.google.com stamp (and Google hop) written in +0000: Wed, 04 Dec 2024 22:59:59 +0000, one second before the deadline; Date: 23:59:57 +0100'),
  stamp=utc('2024-12-04 22:59:59'), mx_tz=UTC, date=at('2024-12-04 23:59:57', 1),
  cc=CC_FR, clang='de-AT')

# ---- 02 Italy: stamp exactly at the deadline, written in +0000
M(2, 'ita', R, 'en',
  ('Chiara Lombardi', 'chiara.lombardi@esteri.it'),
  [(None, MBOX)], 'ITALY - Plenary on Cooperation - request to take the floor (Segment I)',
  'o365', o365('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on2071.outbound.protection.outlook.com',
               '40.107.22.71', 'AM9PR05MB8861', 'eurprd05'),
  ('ohtml', [('text', T("""
Dear Secretariat,

Italy kindly requests to be inscribed on the list of speakers for Segment I ("Cooperation is vital for the Court") of the plenary on cooperation on 5 December 2024.

Italy will be represented by H.E. Mr. Giovanni Battista Ferrante, Ambassador of Italy to the Kingdom of the Netherlands.

Best regards,

Chiara Lombardi
First Counsellor
Embassy of Italy - The Hague
"""))], 'IT'),
  ('LATE', 'ITA', 'I', 'H.E. Mr. Giovanni Battista Ferrante',
   'mx.google.com stamp Wed, 04 Dec 2024 23:00:00 +0000 = exactly the deadline (not before it); Date: 23:59:58 +0100 looks on time'),
  stamp=utc('2024-12-04 23:00:00'), mx_tz=UTC, date=at('2024-12-04 23:59:58', 1),
  cc=CC_FR, clang='it-IT')

# ---- 03 Senegal: stamp written in +0100, one second after; Date in +0000 (Dakar) before
M(3, 'sen', R, 'fr',
  ('Ambassade du Sénégal - La Haye', 'ambasen.lahaye@diplomatie.gouv.sn'),
  [(None, MBOX)], 'Sénégal – inscription – plénière sur la coopération',
  'tbird', postfix('mail.diplomatie.gouv.sn', '41.214.74.36', '41.214.74.120', zone='GMT', sel='dkim'),
  ('plain', [('text', T("""
Madame, Monsieur,

L'Ambassade de la République du Sénégal aux Pays-Bas a l'honneur de solliciter l'inscription du Sénégal sur la liste des orateurs du segment I (« La coopération est vitale pour la Cour ») de la séance plénière sur la coopération du 5 décembre 2024.

Le Sénégal sera représenté par S.E. M. Cheikh Tidiane Faye, Ambassadeur.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Le Chargé des affaires juridiques
Ambassade du Sénégal - La Haye
"""))], 'UTF-8', '8bit', 'std', '; format=flowed'),
  ('LATE', 'SEN', 'I', 'S.E. M. Cheikh Tidiane Faye',
   'mx.google.com stamp written in +0100: Thu, 05 Dec 2024 00:00:01 +0100, one second after the deadline; Date: Wed, 4 Dec 2024 22:59:55 +0000 (before)'),
  stamp=at('2024-12-05 00:00:01', 1), mx_tz=CET, date=at('2024-12-04 22:59:55', 0),
  cc=CC_FR, eol='lf', clang='fr-FR')

# ---- 04 Croatia: one minute before; sender's PC clock 3 minutes fast (Date after the deadline)
M(4, 'hrv', R, 'en',
  ('Ivana Horvat Babić', 'ivana.horvat-babic@mvep.hr'),
  [(None, MBOX)], 'Croatia - registration for the plenary on cooperation (Segment II)',
  'exch', exch('smtp.mvep.hr', '195.29.130.14', 'mvep.local', dmarc='REJECT'),
  ('plain', [('text', T("""
Dear colleagues,

The Republic of Croatia would like to take the floor in Segment II of the plenary on cooperation.

Speaker: Ms. Ivana Horvat Babić, Counsellor, Embassy of the Republic of Croatia in The Hague.

Thank you and best regards,
Ivana Horvat Babić
"""))], 'utf-8', 'quoted-printable'),
  ('INSCRIBE', 'HRV', 'II', 'Ms. Ivana Horvat Babić',
   'mx.google.com stamp 14:59:00 -0800 = one minute before the deadline; Date: Thu, 05 Dec 2024 00:02:14 +0100 (sender clock fast) reads as after'),
  stamp=pst('2024-12-04 14:59:00'), date=at('2024-12-05 00:02:14', 1),
  cc=CC_FR, clang='hr-HR')

# ---- 05 Peru: one minute after; Date in -0500 reads "4 Dec, 18:00"
M(5, 'per', R, 'es',
  ('Renato Alarcón Quispe', 'ralarcon@rree.gob.pe'),
  [(None, MBOX)], 'Perú - Solicitud de inscripción - Plenaria sobre cooperación - Segmento II',
  'tbird', dict(postfix('correo.rree.gob.pe', '190.116.49.18', '190.116.49.201', zone='-05'), tz=TZ(-5)),
  ('plain', [('text', T("""
Estimados señores:

El Perú desea inscribirse en la lista de oradores del Segmento II de la sesión plenaria sobre cooperación ("¿Cómo pueden los Estados Partes fortalecer su apoyo a la Corte con las herramientas existentes?").

Orador: Sr. Renato Alarcón Quispe, Ministro Consejero, Embajada del Perú en los Países Bajos.

Atentamente,

Renato Alarcón Quispe
Ministerio de Relaciones Exteriores del Perú
Lima
"""))], 'UTF-8', 'quoted-printable', 'std', '; format=flowed'),
  ('LATE', 'PER', 'II', 'Sr. Renato Alarcón Quispe',
   'mx.google.com stamp 15:01:00 -0800 = one minute after the deadline; Date: Wed, 4 Dec 2024 18:00:57 -0500 (= 23:00:57Z) looks like 4 Dec evening'),
  stamp=pst('2024-12-04 15:01:00'), date=at('2024-12-04 18:00:57', -5), cc=CC_FR, clang='es-PE')

# ---- 06 Slovenia: one second after; the sender's own Exchange line says 23:59:58 +0100
M(6, 'svn', R, 'en',
  ('Nataša Kranjc', 'natasa.kranjc@gov.si'),
  [(None, MBOX)], 'Slovenia - inscription on the list of speakers - Segment I',
  'exch', exch('mx2.gov.si', '193.2.236.14', 'gov.si.local'),
  ('ohtml', [('text', T("""
Dear Secretariat of the Assembly of States Parties,

The Republic of Slovenia wishes to be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Slovenia will be represented by H.E. Ms. Nataša Kranjc, Ambassador of the Republic of Slovenia to the Kingdom of the Netherlands.

With kind regards,

Embassy of the Republic of Slovenia
The Hague
"""))], 'SL'),
  ('LATE', 'SVN', 'I', 'H.E. Ms. Nataša Kranjc',
   'mx.google.com stamp 15:00:01 -0800 = one second after; the sender\'s own Exchange Received line says Wed, 4 Dec 2024 23:59:58 +0100 and Date: 23:59:57 +0100'),
  stamp=pst('2024-12-04 15:00:01'), date=at('2024-12-04 23:59:57', 1),
  lower=['from EXMBX02.gov.si.local (10.32.4.17) by mx2.gov.si\n (193.2.236.14) with Microsoft SMTP Server (version=TLS1_2,\n'
         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Wed, 4 Dec 2024\n 23:59:58 +0100'],
  cc=CC_FR, clang='sl-SI')

# ---- 07 Greece: forged lower mx.google.com line dated earlier; real top stamp 30 s after the deadline
M(7, 'grc', R, 'en',
  ('Konstantinos Papadimitriou', 'k.papadimitriou@mfa.gr'),
  [(None, MBOX)], 'Greece - Plenary on Cooperation - Segment II - speaker',
  'tbird', dict(postfix('mailgw.mfa.gr', '195.251.32.7', '195.251.32.99', zone='EET'), tz=TZ(2)),
  ('plain', [('text', T("""
Dear Colleagues,

Greece would like to register for Segment II of the plenary on cooperation.

Speaker: Mr. Konstantinos Papadimitriou, Legal Counsellor, Embassy of Greece in The Hague.

Best regards,
Konstantinos Papadimitriou
"""))], 'UTF-8', '7bit', 'std', '; format=flowed'),
  ('LATE', 'GRC', 'II', 'Mr. Konstantinos Papadimitriou',
   'a lower forged "Received: ... by mx.google.com" line is dated Wed, 04 Dec 2024 10:12:44 -0800 (and Date: agrees with it); the real top stamp is 15:00:30 -0800, 30 s after the deadline'),
  stamp=pst('2024-12-04 15:00:30'), date=at('2024-12-04 20:12:40', 2),
  below=['from mailgw.mfa.gr (mailgw.mfa.gr. [195.251.32.7])\n        by mx.google.com with ESMTPS id '
         '5b1f17b1804b1-434a7c2d9e1si4471812f8f.208.2024.12.04.10.12.43\n        for <iccaspcoperation@gmail.com>\n'
         '        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        Wed, 04 Dec 2024 10:12:44 -0800 (PST)'],
  lower=['from [192.168.7.23] (unknown [195.251.32.99])\n\tby mailgw.mfa.gr (Postfix) with ESMTPSA id 4Y3lT86Xq2z9tRb;\n'
         '\tThu, 5 Dec 2024 01:00:28 +0200 (EET)'],
  cc=CC_FR, eol='lf', clang='en-GB')

# ---- 08 Serbia: a lower mx.google.com line dated two days AFTER the real top stamp
M(8, 'srb', R, 'en',
  ('Embassy of Serbia - The Hague', 'embassy.thehague@mfa.rs'),
  [(None, MBOX)], 'Republic of Serbia - list of speakers - plenary on cooperation',
  'exch', exch('mx1.mfa.rs', '147.91.7.44', 'mfa.rs.local'),
  ('oalt', [('text', T("""
Dear Sir / Madam,

The Embassy of the Republic of Serbia in The Hague has the honour to request that the Republic of Serbia be inscribed on the list of speakers for Segment I, "Cooperation is vital for the Court", of the plenary on cooperation.

The Republic of Serbia will be represented by H.E. Mr. Nenad Stojiljković, Ambassador.

Yours faithfully,

Embassy of the Republic of Serbia
The Hague
"""))], 'EN-US'),
  ('INSCRIBE', 'SRB', 'I', 'H.E. Mr. Nenad Stojiljković',
   'real top mx.google.com stamp Tue, 03 Dec 2024 03:25:10 -0800; a lower "by mx.google.com" line (sender-written) is dated Thu, 05 Dec 2024 08:10:00 -0800, after the deadline'),
  stamp=pst('2024-12-03 03:25:10'), date=at('2024-12-03 12:25:05', 1),
  below=['from relay.mfa.rs (relay.mfa.rs. [147.91.7.45])\n        by mx.google.com with ESMTPS id '
         'a640c23a62f3a-aa5f2b8c1d4si1187744866b.412.2024.12.05.08.09.59\n        for <iccaspcoperation@gmail.com>\n'
         '        (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);\n        Thu, 05 Dec 2024 08:10:00 -0800 (PST)'],
  cc=CC_FR)


# ---- 09 Albania: reply went to a moderated Google Group; group released it the next morning
def alb_trace(rng, m):
    grp = 'icc-cooperation-focal-points@googlegroups.com'
    top = pst('2024-12-04 23:05:33')
    ing = pst('2024-12-04 13:40:12')
    gm = gsend('mail-sor-f69.google.com', '209.85.220.69', sel='20230601')
    H = google_top(rng, top)
    H += [('ARC-Seal', 'i=2; a=rsa-sha256; t=%d; cv=pass;\n        d=google.com; s=arc-20240605;\n        b=%s'
           % (int(top.timestamp()), rid(rng, B64, 64))),
          ('ARC-Message-Signature', 'i=2; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
           '        h=list-unsubscribe:list-archive:list-help:list-post:list-id:mailing-list\n'
           '         :precedence:reply-to:subject:date:message-id:to:from:sender;\n        bh=%s=;\n        b=%s'
           % (rid(rng, B64, 43), rid(rng, B64, 64))),
          ('ARC-Authentication-Results', 'i=2; mx.google.com;\n       dkim=pass header.i=@googlegroups.com header.s=20230601;\n'
           '       spf=pass (google.com: domain of icc-cooperation-focal-points+bncBD5@googlegroups.com designates 209.85.220.69 '
           'as permitted sender) smtp.mailfrom=icc-cooperation-focal-points+bncBD5@googlegroups.com;\n'
           '       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=punetejashtme.gov.al'),
          ('Return-Path', '<icc-cooperation-focal-points+bncBD5L3RVXWIPBB3G4QW5AMGQEWZFMK2Y@googlegroups.com>'),
          ('Received', 'from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\n'
           '        by mx.google.com with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
           % (esmtps_id(rng, top - timedelta(seconds=1)), MBOX, rfc(top, comment='PST'))),
          ('Received-SPF', 'pass (google.com: domain of icc-cooperation-focal-points+bncBD5@googlegroups.com designates '
           '209.85.220.69 as permitted sender) client-ip=209.85.220.69;'),
          ('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@googlegroups.com header.s=20230601;\n'
           '       spf=pass smtp.mailfrom=icc-cooperation-focal-points+bncBD5@googlegroups.com'),
          dkim(rng, 'googlegroups.com', '20230601', int(top.timestamp())),
          ('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t=%d; x=%d;\n'
           '        h=list-unsubscribe:list-archive:list-help:list-post:list-id:mailing-list;\n        bh=%s=;\n        b=%s'
           % (int(top.timestamp()), int(top.timestamp()) + 604800, rid(rng, B64, 43), rid(rng, B64, 64))),
          ('Sender', grp),
          ('X-Gm-Message-State', 'AOJu0Y' + rid(rng, B64, 50)),
          ('Received', 'by %s with SMTP id %s;\n        %s'
           % (g2002(rng, 'a05'), rid(rng, LOW + DIG, 20), rfc(top, comment='PST'))),
          ('X-BeenThere', grp),
          ('Received', 'by %s with SMTP id %s\n        for <%s>; %s'
           % (g2002(rng, 'a0c'), rid(rng, LOW + DIG, 20), grp, rfc(ing + timedelta(seconds=1), comment='PST'))),
          ('Received', 'from mail.punetejashtme.gov.al (mail.punetejashtme.gov.al. [217.24.250.18])\n'
           '        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
           '        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s'
           % (esmtps_id(rng, ing), grp, rfc(ing, comment='PST'))),
          ('Received', 'from [10.10.4.56] (unknown [217.24.250.77])\n\tby mail.punetejashtme.gov.al (Postfix) with ESMTPSA id '
           '4Y3gFz0mQ2z1xPb;\n\tWed, 4 Dec 2024 22:40:10 +0100 (CET)')]
    return H


M(9, 'alb', R, 'en',
  ('Elira Hoxha', 'elira.hoxha@punetejashtme.gov.al'),
  [('ICC Cooperation Focal Points', 'icc-cooperation-focal-points@googlegroups.com')],
  'Re: [icc-coop-fp] Plenary on cooperation, 5 December - registration of speakers',
  'tbird', postfix('mail.punetejashtme.gov.al', '217.24.250.18', '217.24.250.77'),
  ('plain', [('text', T("""
Dear colleagues,

Albania would like to be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Speaker: H.E. Mr. Arben Kraja, Ambassador of the Republic of Albania to the Kingdom of the Netherlands.

Best regards,
Elira Hoxha
Second Secretary
Embassy of the Republic of Albania, The Hague

--
You received this message because you are subscribed to the Google Groups "ICC Cooperation Focal Points" group.
To unsubscribe from this group and stop receiving emails from it, send an email to icc-cooperation-focal-points+unsubscribe@googlegroups.com.
"""))], 'UTF-8', '7bit', 'std', '; format=flowed'),
  ('LATE', 'ALB', 'I', 'H.E. Mr. Arben Kraja',
   'reply sent to a moderated Google Group (22:40 CET, lower mx.google.com line for the group) and released to the mailbox next morning: top mx.google.com stamp Wed, 04 Dec 2024 23:05:33 -0800 = 5 Dec 08:05 CET'),
  stamp=pst('2024-12-04 23:05:33'), date=at('2024-12-04 22:40:07', 1), trace=alb_trace,
  extra=[('Reply-To', 'icc-cooperation-focal-points@googlegroups.com'),
         ('In-Reply-To', '<CAJx7qPd2Vw0sRkL3oQ8n9YtTz1uGm4fHbE6cXa5Nr2iWjK7pUg@mail.gmail.com>'),
         ('References', '<CAJx7qPd2Vw0sRkL3oQ8n9YtTz1uGm4fHbE6cXa5Nr2iWjK7pUg@mail.gmail.com>')],
  xhdr_after=[('X-Original-Sender', 'elira.hoxha@punetejashtme.gov.al'),
              ('X-Original-Authentication-Results', 'mx.google.com;       spf=pass (google.com: domain of '
               'elira.hoxha@punetejashtme.gov.al designates 217.24.250.18 as permitted sender)\n'
               ' smtp.mailfrom=elira.hoxha@punetejashtme.gov.al'),
              ('Precedence', 'list'),
              ('Mailing-list', 'list icc-cooperation-focal-points@googlegroups.com; contact\n'
               ' icc-cooperation-focal-points+owners@googlegroups.com'),
              ('List-ID', '<icc-cooperation-focal-points.googlegroups.com>'),
              ('X-Spam-Checked-In-Group', 'elira.hoxha@punetejashtme.gov.al'),
              ('List-Post', '<https://groups.google.com/group/icc-cooperation-focal-points/post>,\n'
               ' <mailto:icc-cooperation-focal-points@googlegroups.com>'),
              ('List-Help', '<https://groups.google.com/support/>, <mailto:icc-cooperation-focal-points+help@googlegroups.com>'),
              ('List-Archive', '<https://groups.google.com/group/icc-cooperation-focal-points/>'),
              ('List-Unsubscribe', '<mailto:googlegroups-manage+718233046512+unsubscribe@googlegroups.com>,\n'
               ' <https://groups.google.com/group/icc-cooperation-focal-points/subscribe>')],
  clang='en-GB')


# ---- 10 Ireland: sent to last year's Gmail alias, auto-forwarded by Gmail; two genuine mx.google.com lines
def irl_trace(rng, m):
    alias = 'asp.cooperation.plenary@gmail.com'
    top = pst('2024-12-04 13:41:07')
    first = pst('2024-12-04 13:41:05')
    H = google_top(rng, top)
    H += arc(rng, int(top.timestamp()), dict(gsend('mail-sor-f69.google.com', '209.85.220.69'), sel='selector2', dmarc='QUARANTINE'),
             'asp.cooperation.plenary+caf_=iccaspcoperation=gmail.com@gmail.com', 'dfa.ie')
    H += [('Return-Path', '<asp.cooperation.plenary+caf_=iccaspcoperation=gmail.com@gmail.com>'),
          ('Received', 'from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\n'
           '        by mx.google.com with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
           % (esmtps_id(rng, top - timedelta(seconds=1)), MBOX, rfc(top, comment='PST'))),
          ('Received-SPF', 'pass (google.com: domain of asp.cooperation.plenary+caf_=iccaspcoperation=gmail.com@gmail.com '
           'designates 209.85.220.69 as permitted sender) client-ip=209.85.220.69;'),
          ('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@dfa.ie header.s=selector2 header.b=%s;\n'
           '       spf=pass (google.com: domain of asp.cooperation.plenary+caf_=iccaspcoperation=gmail.com@gmail.com '
           'designates 209.85.220.69 as permitted sender) smtp.mailfrom="asp.cooperation.plenary+caf_=iccaspcoperation=gmail.com@gmail.com";\n'
           '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=dfa.ie' % rid(rng, ALNUM, 8)),
          ('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t=%d; x=%d;\n'
           '        h=to:from:subject:date:message-id:delivered-to;\n        bh=%s=;\n        b=%s'
           % (int(top.timestamp()), int(top.timestamp()) + 604800, rid(rng, B64, 43), rid(rng, B64, 64))),
          ('X-Forwarded-Encrypted', 'i=2; AJvYcC' + rid(rng, B64, 40)),
          ('X-Gm-Message-State', 'AOJu0Y' + rid(rng, B64, 50)),
          ('X-Received', 'by %s with SMTP id %s;\n        %s' % (g2002(rng, 'a17'), rid(rng, LOW + DIG, 20),
                                                               rfc(top - timedelta(seconds=1), comment='PST'))),
          ('X-Forwarded-To', MBOX),
          ('X-Forwarded-For', '%s %s' % (alias, MBOX)),
          ('Delivered-To', alias),
          ('Received', 'by %s with SMTP id %s;\n        %s' % (g2002(rng), rid(rng, LOW + DIG, 18),
                                                            rfc(first + timedelta(seconds=1), pad=False, comment='PST'))),
          ('Received', 'from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2113.outbound.protection.outlook.com. [40.107.103.113])\n'
           '        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
           '        (version=TLS1_2 cipher=ECDHE-ECDSA-AES256-GCM-SHA384 bits=256/256);\n        %s'
           % (esmtps_id(rng, first), alias, rfc(first, comment='PST'))),
          dkim(rng, 'dfa.ie', 'selector2', int(first.timestamp())),
          ('Received', 'from DB9PR03MB7436.eurprd03.prod.outlook.com\n ([fe80::4a1c:9e02:17bd:5c3e]) by DB9PR03MB7436.eurprd03.prod.outlook.com\n'
           ' ([fe80::4a1c:9e02:17bd:5c3e%5]) with mapi id 15.20.8207.017; Wed, 4 Dec 2024\n 21:41:03 +0000')]
    return H


M(10, 'irl', R, 'en',
  ('Siobhán Gallagher', 'siobhan.gallagher@dfa.ie'),
  [('ASP Cooperation Plenary', 'asp.cooperation.plenary@gmail.com')], 'Ireland - Segment I - plenary on cooperation',
  'o365', o365('EUR03-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur03on2113.outbound.protection.outlook.com',
               '40.107.103.113', 'DB9PR03MB7436', 'eurprd03', sel='selector2'),
  ('oalt', [('text', T("""
Dear colleagues,

I hope I have the right address - I used the one from last year's plenary.

Ireland would like to be inscribed on the list of speakers for Segment I ("Cooperation is vital for the Court") of the plenary on cooperation. Our speaker will be H.E. Ms. Orla Ní Bhriain, Ambassador of Ireland to the Netherlands.

Kind regards,
Siobhán Gallagher
Third Secretary | Embassy of Ireland, The Hague
"""))], 'EN-IE'),
  ('INSCRIBE', 'IRL', 'I', 'H.E. Ms. Orla Ní Bhriain',
   'sent to last year\'s Gmail address, which auto-forwards (X-Forwarded-For/-To): two genuine mx.google.com lines (13:41:05 and 13:41:07 -0800); receipt = the top one'),
  stamp=pst('2024-12-04 13:41:07'), date=at('2024-12-04 21:41:01', 0), trace=irl_trace, clang='en-IE')


# ---- 11 Malta: sent only to the French legal service, whose server redirects it (SRS) to the mailbox
def mlt_trace(rng, m):
    top = pst('2024-12-04 12:15:44')
    fr = dict(kind='postfix', host='smtp2.diplomatie.gouv.fr', rdns='smtp2.diplomatie.gouv.fr', ip='193.105.125.14',
              sel='maedi2022', dmarc='REJECT')
    srs = 'SRS0=Xk3f=T7=gov.mt=karl.zammit@diplomatie.gouv.fr'
    H = google_top(rng, top)
    H += arc(rng, int(top.timestamp()), fr, srs, 'gov.mt')
    H += [('Return-Path', '<%s>' % srs),
          ('Received', mx_line(rng, fr, top)),
          ('Received-SPF', 'pass (google.com: domain of %s designates 193.105.125.14 as permitted sender) '
           'client-ip=193.105.125.14;' % srs),
          ('Authentication-Results', 'mx.google.com;\n' + auth_lines(rng, fr, srs, 'gov.mt')),
          ('Received', 'from mta-in1.diplomatie.gouv.fr (mta-in1.diplomatie.gouv.fr [10.190.4.21])\n'
           '\tby smtp2.diplomatie.gouv.fr (Postfix) with ESMTP id 4Y3dQm3KzRz2Bq;\n\tWed,  4 Dec 2024 21:15:43 +0100 (CET)'),
          ('X-Original-To', FRJ),
          ('Delivered-To', FRJ),
          ('Received', 'from mail.gov.mt (mail.gov.mt [212.56.128.30])\n\tby mta-in1.diplomatie.gouv.fr (Postfix) with ESMTPS id '
           '4Y3dQl6b8yz1x9\n\tfor <%s>; Wed,  4 Dec 2024 21:15:42 +0100 (CET)' % FRJ),
          dkim(rng, 'gov.mt', 'mtgov', int(top.timestamp())),
          ('Received', 'from MTGEXMBX03.gov.mt (10.1.32.43) by mail.gov.mt (212.56.128.30)\n with Microsoft SMTP Server '
           '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; Wed, 4 Dec 2024 21:15:41 +0100')]
    return H


M(11, 'mlt', R, 'en',
  ('Karl Zammit', 'karl.zammit@gov.mt'),
  [('Service juridique - Ambassade de France', FRJ)], 'Malta - plenary on cooperation - Segment II',
  'exch', exch('mail.gov.mt', '212.56.128.30', 'gov.mt'),
  ('plain', [('text', T("""
Dear colleagues,

Malta wishes to take the floor in Segment II of the plenary on cooperation ("How can States Parties strengthen their support to the Court with existing tools?").

Speaker: Ms. Roberta Camilleri, Legal Officer, Embassy of Malta in The Hague.

Kind regards,

Karl Zammit
Embassy of Malta | The Hague
"""))], 'us-ascii', '7bit'),
  ('INSCRIBE', 'MLT', 'II', 'Ms. Roberta Camilleri',
   'addressed only to the French legal service; its server redirected it (SRS Return-Path, X-Original-To) to the mailbox; receipt = top mx.google.com stamp from smtp2.diplomatie.gouv.fr, 4 Dec 21:15 CET'),
  stamp=pst('2024-12-04 12:15:44'), date=at('2024-12-04 21:15:40', 1), trace=mlt_trace, clang='en-GB')

ASF_TXT = T("""
Madame, Monsieur,

Avocats Sans Frontières (ASF) souhaite prendre la parole lors du segment II de la séance plénière sur la coopération du 5 décembre 2024.

Oratrice : Me Amina Diallo-Lambert, responsable du plaidoyer pour la justice internationale.

Avec nos remerciements,

L'équipe plaidoyer d'Avocats Sans Frontières
Bruxelles
""")


def asf_body(rng):
    p1 = leaf('text/plain', ASF_TXT + '\n', 'utf-8', 'quoted-printable')
    rows = ''.join('<tr><td style="padding:0 24px;font-family:Arial,sans-serif;font-size:14px;color:#333333">%s</td></tr>'
                   % (esc(l) or '&nbsp;') for l in ASF_TXT.split('\n'))
    html = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>ASF</title></head><body style="margin:0">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0">' + rows +
            '</table></td></tr></table><img width="1" height="1" src="https://r.sib.asf.be/tr/op/7841-22" alt=""></body></html>\n')
    p2 = leaf('text/html', html, 'utf-8', 'quoted-printable', html=True)
    return multi('alternative', [p1, p2], bnd(rng, 'np'))


# ---- 12 Avocats Sans Frontieres: sent through a bulk-mail relay that queued it for hours
M(12, 'asf', R, 'fr',
  ('Avocats Sans Frontières', 'plaidoyer@asf.be'),
  [(None, MBOX)], 'ASF – demande de prise de parole – plénière sur la coopération (segment II)',
  'bulk', dict(kind='postfix', host='smtp-relay.sendinblue.com', rdns='smtp-relay.sendinblue.com', ip='1.179.118.22',
                    client_ip='10.76.2.41', zone='UTC', sel='mail', dmarc='NONE', dkim='asf.be'),
  ('raw', *asf_body(random.Random('asf'))),
  ('LATE', 'Avocats Sans Frontières', 'II', 'Me Amina Diallo-Lambert',
   'sent through a bulk-mail relay (Sendinblue) that queued it: Date: Wed, 04 Dec 2024 21:58:20 +0100 (queued) but mx.google.com stamp 16:34:12 -0800 = 5 Dec 01:34 CET'),
  stamp=pst('2024-12-04 16:34:12'), date=at('2024-12-04 21:58:20', 1), env='bounces-7841-22@sib.asf.be',
  lower=['from [10.76.2.41] by smtp-relay.sendinblue.com with ESMTP id 8f2c41e9-b7de-4c55-9e4a-0d3a1f6b2c77;\n'
         '\tThu, 05 Dec 2024 00:34:10 +0000 (UTC)'],
  extra=[('X-Mailer', 'Sendinblue'), ('X-sib-id', 'Vx2LbgPkdR5sQm9-Tf4aKz7WcYp3HnEo0GjUiBr1XqSt8DuFyA6eMlNwOv'),
         ('Feedback-ID', '1.179.118.22:7841_-1:7841:Sendinblue'), ('Origin-messageId', '<202412042058.31742618930@smtp-relay.sendinblue.com>')])

# ---- 13 Iceland: diplomat's gmail.com; only Google's internal hop, no mx.google.com line
M(13, 'isl', R, 'en',
  ('Sigríður Jónsdóttir', 'sigga.jonsdottir.utn@gmail.com'),
  [(None, MBOX)], 'Iceland - request to speak at the cooperation plenary',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Dear colleagues,

On behalf of the Embassy of Iceland, I would like to register Iceland for Segment I of the plenary on cooperation on 5 December.

Iceland will be represented by H.E. Mr. Hörður Sigurðsson, Ambassador of Iceland.

I am writing from my private account while travelling; please copy utn@utn.is in any reply.

Best regards,
Sigríður Jónsdóttir
Embassy of Iceland
"""))]),
  ('INSCRIBE', 'ISL', 'I', 'H.E. Mr. Hörður Sigurðsson',
   'only Google\'s internal "Received: by 2002:..." hop (Mon, 2 Dec 2024 10:02:33 -0800), no "from ... by mx.google.com" line; Google-written, well before the deadline'),
  stamp=pst('2024-12-02 10:02:33'), date=at('2024-12-02 18:02:31', 0), hop_only=True, eol='lf')

# ---- 14 Latvia: only the internal hop, and it is after the deadline; Date: before
M(14, 'lva', R, 'en',
  ('Laura Ozoliņa', 'laura.ozolina.lv@gmail.com'),
  [(None, MBOX)], 'Latvia - speakers list - Segment II',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Dear Secretariat,

Latvia would like to register for Segment II of the plenary on cooperation.

Speaker: Ms. Laura Ozoliņa, Legal Adviser, Embassy of the Republic of Latvia in the Netherlands.

(Sent from the train from Riga - apologies if this arrives late.)

Best,
Laura Ozoliņa
"""))]),
  ('LATE', 'LVA', 'II', 'Ms. Laura Ozoliņa',
   'only Google\'s internal hop, dated Wed, 4 Dec 2024 15:12:40 -0800 (after the deadline); Date: 23:41:02 +0100 says before (written offline, delivered on reconnection)'),
  stamp=pst('2024-12-04 15:12:40'), date=at('2024-12-04 23:41:02', 1), hop_only=True, cc=CC_FR)

# ---- 15 Republic of Korea: the sender's own gateway stamps KST labelled +0000
M(15, 'kor', R, 'en',
  ('PARK Soo-jin', 'sjpark19@mofa.go.kr'),
  [(None, MBOX)], '[ROK] Registration - Plenary on Cooperation - Segment II',
  'exch', dict(exch('smtp.mofa.go.kr', '211.46.28.151', 'mofa.local'), tz=TZ(9)),
  ('ohtml', [('text', T("""
Dear Secretariat,

The Republic of Korea would like to register for Segment II of the plenary on cooperation on 5 December 2024.

Speaker: Ms. PARK Soo-jin, Deputy Director, International Legal Affairs Division, Ministry of Foreign Affairs of the Republic of Korea

Best regards,

PARK Soo-jin
Ministry of Foreign Affairs, Seoul
"""))], 'EN-US'),
  ('INSCRIBE', 'KOR', 'II', 'Ms. PARK Soo-jin',
   'mx.google.com stamp 14:40:15 -0800 (23:40 CET, before); the sender\'s own gateway line is written in KST but labelled +0000 (reads 5 Dec 07:40Z); Date: Thu, 5 Dec 2024 07:40:10 +0900'),
  stamp=pst('2024-12-04 14:40:15'), date=at('2024-12-05 07:40:10', 9),
  lower=['from MAILGW2.mofa.go.kr (10.1.4.22) by smtp.mofa.go.kr (211.46.28.151) with\n Microsoft SMTP Server '
         '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; Thu, 5 Dec 2024 07:40:12 +0000'],
  cc=CC_FR, clang='ko-KR')

# ---- 16 Hungary: the sender's systems run six hours slow (Date: and its own Received line)
M(16, 'hun', R, 'en',
  ('Hungarian Embassy The Hague', 'mission.hag@mfa.gov.hu'),
  [(None, MBOX)], 'Hungary - Plenary on cooperation - Segment I',
  'exch', exch('mx.mfa.gov.hu', '195.228.45.90', 'kum.local'),
  ('plain', [('text', T("""
Dear Sir or Madam,

The Embassy of Hungary in The Hague kindly requests that Hungary be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Hungary will be represented by H.E. Mr. Gábor Szentiványi, Ambassador.

Yours sincerely,
Embassy of Hungary
The Hague
"""))], 'iso-8859-2', 'quoted-printable'),
  ('LATE', 'HUN', 'I', 'H.E. Mr. Gábor Szentiványi',
   'Date: and the sender\'s own Exchange line say Wed, 4 Dec 2024 20:15 +0100 (server clock six hours slow); mx.google.com stamp 17:15:05 -0800 = 5 Dec 02:15 CET'),
  stamp=pst('2024-12-04 17:15:05'), date=at('2024-12-04 20:15:00', 1),
  lower=['from EXMBX01.kum.local (10.12.8.31) by mx.mfa.gov.hu (195.228.45.90) with\n Microsoft SMTP Server '
         '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; Wed, 4 Dec 2024 20:15:03 +0100'],
  cc=CC_FR, clang='hu-HU')

# ---- 17 Uruguay: Date in -0300 reads "4 Dec 20:10" but is 23:10Z
M(17, 'ury', R, 'es',
  ('Lucía Fernández Olivera', 'lucia.fernandez@mrree.gub.uy'),
  [(None, MBOX)], 'Uruguay - inscripción en la lista de oradores - Segmento II',
  'zimbra', dict(postfix('correo.mrree.gub.uy', '164.73.2.81', '164.73.2.150', zone='-03'), tz=TZ(-3)),
  ('plain', [('text', T("""
Estimados colegas:

La República Oriental del Uruguay solicita ser inscrita en la lista de oradores del Segmento II de la sesión plenaria sobre cooperación.

Oradora: Sra. Lucía Fernández Olivera, Directora de Derecho Internacional, Ministerio de Relaciones Exteriores.

Saludos cordiales,
Lucía Fernández Olivera
Montevideo
"""))], 'utf-8', 'quoted-printable'),
  ('LATE', 'URY', 'II', 'Sra. Lucía Fernández Olivera',
   'Date: Wed, 4 Dec 2024 20:10:00 -0300 reads as 4 Dec evening but is 23:10Z; mx.google.com stamp 15:10:03 -0800 = 5 Dec 00:10 CET'),
  stamp=pst('2024-12-04 15:10:03'), date=at('2024-12-04 20:10:00', -3), cc=CC_FR)

# ---- 18 Australia: Date in +1100 reads "5 Dec" but is 22:30Z on 4 Dec
M(18, 'aus', R, 'en',
  ('Catherine Blakely', 'catherine.blakely@dfat.gov.au'),
  [(None, MBOX)], 'Australia - request to speak - Cooperation plenary Segment I',
  'exch', dict(exch('smtp1.dfat.gov.au', '152.91.14.20', 'dfat.local'), tz=TZ(11)),
  ('oalt', [('text', T("""
Good morning from Canberra,

Australia would be grateful to be inscribed on the list of speakers for Segment I of the plenary on cooperation. Our speaker will be H.E. Ms. Catherine Blakely, Ambassador of Australia to the Netherlands.

Kind regards

Tom Reilly
International Law Section | Department of Foreign Affairs and Trade
"""))], 'EN-AU'),
  ('INSCRIBE', 'AUS', 'I', 'H.E. Ms. Catherine Blakely',
   'Date: Thu, 5 Dec 2024 09:30:00 +1100 reads as 5 Dec but is 22:30Z on 4 Dec; mx.google.com stamp 14:30:04 -0800 (before)'),
  stamp=pst('2024-12-04 14:30:04'), date=at('2024-12-05 09:30:00', 11), cc=CC_FR, clang='en-AU')

# ---- 19 Norway: the sender's clocks five hours fast
M(19, 'nor', R, 'en',
  ('Eirik Solbakken', 'eirik.solbakken@mfa.no'),
  [(None, MBOX)], 'Norway - plenary on cooperation - Segment II',
  'exch', exch('mx.mfa.no', '193.161.190.12', 'ud.local'),
  ('plain', [('text', T("""
Dear colleagues,

Norway would like to register for Segment II of the plenary on cooperation.

Speaker: Mr. Eirik Solbakken, Legal Counsellor, Royal Norwegian Embassy in The Hague.

Best regards,
Eirik Solbakken
"""))], 'us-ascii', '7bit'),
  ('INSCRIBE', 'NOR', 'II', 'Mr. Eirik Solbakken',
   'Date: and the sender\'s own Received line say Thu, 5 Dec 2024 03:20 +0100 (clock five hours fast); mx.google.com stamp 13:20:14 -0800 = 22:20 CET on 4 Dec'),
  stamp=pst('2024-12-04 13:20:14'), date=at('2024-12-05 03:20:11', 1),
  lower=['from EXMBX03.ud.local (10.44.2.13) by mx.mfa.no (193.161.190.12) with\n Microsoft SMTP Server '
         '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; Thu, 5 Dec 2024 03:20:12 +0100'],
  cc=CC_FR, clang='nb-NO')

# ---- 20 Denmark: Date in +0000 reads "4 Dec 23:30" but that is 00:30 CET
M(20, 'dnk', R, 'en',
  ('Mette Kjærgaard', 'metkja@um.dk'),
  [(None, MBOX)], 'Denmark: speakers list, plenary on cooperation (Segment I)',
  'o365', o365('EUR02-DB5-obe.outbound.protection.outlook.com', 'mail-db5eur02on2131.outbound.protection.outlook.com',
               '40.107.249.131', 'PA4PR02MB6671', 'eurprd02'),
  ('oalt', [('text', T("""
Dear colleagues,

Denmark would like to take the floor in Segment I of the plenary on cooperation.

Speaker: H.E. Mr. Mads Kjærgaard, Ambassador of Denmark to the Netherlands.

Best regards,
Mette Kjærgaard
Royal Danish Embassy, The Hague
"""))], 'DA'),
  ('LATE', 'DNK', 'I', 'H.E. Mr. Mads Kjærgaard',
   'Date: Wed, 04 Dec 2024 23:30:00 +0000 reads "4 Dec" but is 00:30 CET on 5 Dec; mx.google.com stamp 15:30:02 -0800, after the deadline'),
  stamp=pst('2024-12-04 15:30:02'), date=at('2024-12-04 23:30:00', 0), cc=CC_FR, clang='da-DK')

# ---- 21 Czechia: Date with the obsolete zone name GMT
M(21, 'cze', R, 'en',
  ('Tereza Nováková', 'tereza_novakova@mzv.gov.cz'),
  [(None, MBOX)], 'Czech Republic - plenary on cooperation - Segment II',
  'tbird', postfix('mx.mzv.gov.cz', '194.213.41.7', '194.213.41.112'),
  ('plain', [('text', T("""
Dear colleagues,

The Czech Republic would like to register for Segment II of the plenary on cooperation.

Speaker: Ms. Tereza Nováková, Legal Adviser, Embassy of the Czech Republic in The Hague.

Kind regards,
Tereza Nováková
"""))], 'UTF-8', '8bit', 'std', '; format=flowed'),
  ('INSCRIBE', 'CZE', 'II', 'Ms. Tereza Nováková',
   'Date: written with the obsolete zone name "GMT" (Wed, 4 Dec 2024 22:15:00 GMT = 23:15 CET); mx.google.com stamp 14:15:02 -0800, before the deadline'),
  stamp=pst('2024-12-04 14:15:02'), date='Wed, 4 Dec 2024 22:15:00 GMT', cc=CC_FR, eol='lf', clang='cs-CZ')

# ---- 22 Montenegro: mx.google.com stamp 2 s before, Google's internal hop 2 s after
M(22, 'mne', R, 'en',
  ('Embassy of Montenegro in The Hague', 'thehague@mvp.gov.me'),
  [(None, MBOX)], 'Montenegro - list of speakers - Segment I',
  'exch', exch('mail.mvp.gov.me', '195.66.163.30', 'mvp.local'),
  ('plain', [('text', T("""
Dear Sir/Madam,

Montenegro wishes to be inscribed on the list of speakers for Segment I of the plenary on cooperation. Montenegro will be represented by H.E. Mr. Marko Vujović, Ambassador.

Respectfully,
Embassy of Montenegro
The Hague
"""))], 'utf-8', 'base64'),
  ('INSCRIBE', 'MNE', 'I', 'H.E. Mr. Marko Vujović',
   'mx.google.com stamp 14:59:58 -0800 (2 s before the deadline); Google\'s internal top hop is 15:00:02 -0800 (after) - receipt is the mx.google.com line, not the internal hop'),
  stamp=pst('2024-12-04 14:59:58'), hop=pst('2024-12-04 15:00:02'), date=at('2024-12-04 23:59:54', 1), cc=CC_FR)

# ---- 23 Human Rights Watch: Google Workspace sender; the sender-side "by 2002:" hop is before, mx stamp after
M(23, 'hrw', R, 'en',
  ('Aisha Rahmani', 'rahmana@hrw.org'),
  [(None, MBOX)], 'Human Rights Watch - request to speak - Segment II',
  'gws', gsend('mail-sor-f41.google.com', '209.85.220.41', sel='google', dmarc='REJECT'),
  ('galt', [('text', T("""
Dear ASP Secretariat,

Human Rights Watch respectfully requests to take the floor in Segment II of the plenary on cooperation.

Speaker: Ms. Aisha Rahmani, Senior Counsel, International Justice Program.

With thanks,
Aisha Rahmani
Human Rights Watch | International Justice Program
"""))]),
  ('LATE', 'Human Rights Watch', 'II', 'Ms. Aisha Rahmani',
   'Google Workspace sender: a sender-side "Received: by 2002:..." line below the mx.google.com stamp says 14:59:57 -0800, but the mx.google.com stamp is 15:00:05 -0800 (after)'),
  stamp=pst('2024-12-04 15:00:05'), date=at('2024-12-04 17:59:55', -5), tzh=-5,
  lower=['by 2002:a05:6a10:8e0f:b0:5a1:2c3:d4e5 with SMTP id mr15csp118202pxb;\n        Wed, 4 Dec 2024 14:59:57 -0800 (PST)'],
  cc=CC_FR)

# ---- 24 Ghana: no Received: lines at all; Date: well before the deadline
M(24, 'gha', R, 'en',
  ('Ghana Embassy The Hague', 'ghanaembassy.nl@mfa.gov.gh'),
  [(None, MBOX)], 'Ghana - speakers list - plenary on cooperation',
  'tbird', postfix('mail.mfa.gov.gh', '196.216.170.9', '196.216.170.40'),
  ('plain', [('text', T("""
Dear Sir/Madam,

The Embassy of the Republic of Ghana in The Hague wishes to register Ghana for Segment I of the plenary on cooperation.

Ghana will be represented by H.E. Mrs. Akosua Owusu-Ansah, Ambassador.

Accept the assurances of our highest consideration.

Embassy of Ghana
The Hague
"""))], 'UTF-8', '7bit', 'std', '; format=flowed'),
  ('INSCRIBE', 'GHA', 'I', 'H.E. Mrs. Akosua Owusu-Ansah',
   'no Received: lines at all (copied into the mailbox over IMAP); dated only by Date: Fri, 29 Nov 2024 11:20:00 +0000, well before the deadline (sender\'s clock)'),
  notrace=True, date=at('2024-11-29 11:20:00', 0), cc=CC_FR, eol='lf')

# ---- 25 Kenya: no Received: lines; Date: after the deadline
M(25, 'ken', R, 'en',
  ('Brian Otieno Kamau', 'b.kamau@mfa.go.ke'),
  [(None, MBOX)], 'Kenya - Plenary on Cooperation - Segment II',
  'exch', exch('mail.mfa.go.ke', '197.248.6.14', 'mfa.local'),
  ('oalt', [('text', T("""
Dear Secretariat,

Kenya wishes to take the floor in Segment II of the plenary on cooperation this afternoon.

Speaker: Mr. Brian Otieno Kamau, Legal Attaché, Embassy of the Republic of Kenya, The Hague.

Regards,
Brian Otieno Kamau
"""))], 'EN-GB'),
  ('LATE', 'KEN', 'II', 'Mr. Brian Otieno Kamau',
   'no Received: lines at all; Date: Thu, 5 Dec 2024 09:12:30 +0300 (07:12 CET), after the deadline'),
  notrace=True, date=at('2024-12-05 09:12:30', 3), cc=CC_FR, clang='en-GB')

# ---- 26 Bolivia: no Received: lines; Date in -0400 reads "4 Dec 19:20" = 00:20 CET
M(26, 'bol', R, 'es',
  ('Embajada de Bolivia en los Países Bajos', 'embolivia.lahaya@rree.gob.bo'),
  [(None, MBOX)], 'Bolivia - inscripción Segmento I - plenaria sobre cooperación',
  'roundcube', postfix('mail.rree.gob.bo', '200.87.92.13', '200.87.92.80'),
  ('plain', [('text', T("""
Señores Secretaría de la Asamblea de los Estados Partes:

El Estado Plurinacional de Bolivia solicita su inscripción en la lista de oradores del Segmento I ("La cooperación es vital para la Corte").

Orador: Excmo. Sr. Javier Mamani Choque, Embajador.

Atentamente,
Embajada del Estado Plurinacional de Bolivia
"""))], 'UTF-8', 'quoted-printable'),
  ('LATE', 'BOL', 'I', 'Excmo. Sr. Javier Mamani Choque',
   'no Received: lines at all; Date: Wed, 4 Dec 2024 19:20:00 -0400 reads "4 Dec" but is 23:20Z = 00:20 CET on 5 Dec'),
  notrace=True, date=at('2024-12-04 19:20:00', -4), cc=CC_FR)

# ---- 27 Suriname: no Received: lines and no Date: header either
M(27, 'sur', R, 'en',
  ('Rishi Ramdin', 'rishi.ramdin@gov.sr'),
  [(None, MBOX)], 'Suriname - registration - Segment II',
  'roundcube', postfix('mail.gov.sr', '186.179.255.4', '186.179.255.30'),
  ('plain', [('text', T("""
Dear colleagues,

The Republic of Suriname would like to register for Segment II of the plenary on cooperation.

Speaker: Mr. Rishi Ramdin, Counsellor, Embassy of the Republic of Suriname in The Hague.

Met vriendelijke groet / Kind regards,
Rishi Ramdin
"""))], 'UTF-8', '7bit'),
  ('HOLD', 'SUR', 'II', 'Mr. Rishi Ramdin',
   'no Received: lines and no Date: header: the time of receipt cannot be established at all'),
  notrace=True, date=False, cc=CC_FR, eol='lf')


# ============================================================================
# CLASS 2 - structure and encoding (all received in time)
# ============================================================================
BIG_STYLE = MSO_STYLE.replace('--></style>', T("""
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:"Segoe UI";
	panose-1:2 11 5 2 4 2 4 2 2 3;}
@font-face
	{font-family:Garamond;
	panose-1:2 2 4 4 3 3 1 1 8 3;}
h1
	{mso-style-priority:9;
	mso-style-link:"Heading 1 Char";
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoPlainText, li.MsoPlainText, div.MsoPlainText
	{mso-style-priority:99;
	mso-style-link:"Plain Text Char";
	margin:0cm;
	font-size:10.5pt;
	font-family:"Calibri",sans-serif;}
span.Heading1Char
	{mso-style-name:"Heading 1 Char";
	mso-style-priority:9;
	mso-style-link:"Heading 1";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.PlainTextChar
	{mso-style-name:"Plain Text Char";
	mso-style-priority:99;
	mso-style-link:"Plain Text";
	font-family:"Calibri",sans-serif;}
span.EmailStyle22
	{mso-style-type:personal-compose;
	font-family:"Garamond",serif;
	color:#1F3864;}
p.fcdosignature, li.fcdosignature, div.fcdosignature
	{mso-style-name:fcdo_signature;
	margin:0cm;
	font-size:9.0pt;
	font-family:"Segoe UI",sans-serif;
	color:#595959;}
/* List Definitions */
@list l0
	{mso-list-id:1187207146;
	mso-list-type:hybrid;
	mso-list-template-ids:-1469372390 134807553 134807555 134807557 134807553 134807555 134807557 134807553 134807555 134807557;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
"""))


def outlook_big(segs, charset, lang):
    return outlook_html(segs, charset, lang).replace(MSO_STYLE, BIG_STYLE)


def html_only(html, charset, cte='quoted-printable'):
    return ('raw', *leaf('text/html', html, charset, cte, html=True))


# ---- 28 United Kingdom: Outlook Word HTML only, big <style> and mso XML, windows-1252 QP, smart quotes
GBR_TXT = T("""
Dear Colleagues,

The United Kingdom of Great Britain and Northern Ireland would be grateful to be inscribed on the list of speakers for Segment I – “Cooperation is vital for the Court” – of the plenary on cooperation on 5 December 2024.

The UK’s speaker will be H.E. Ms. Philippa Ashdown-Clarke, Ambassador to the Kingdom of the Netherlands.

We’d be grateful for confirmation in due course…

Kind regards,

Oliver Penhaligon
Second Secretary (Legal) | British Embassy The Hague
Foreign, Commonwealth & Development Office
""")
M(28, 'gbr', S, 'en',
  ('Oliver Penhaligon', 'oliver.penhaligon@fcdo.gov.uk'),
  [(None, MBOX)], 'UK – request to speak – ASP23 cooperation plenary (Segment I)',
  'o365', o365('GBR01-CWL-obe.outbound.protection.outlook.com', 'mail-cwlgbr01on2119.outbound.protection.outlook.com',
               '40.107.11.119', 'CWLP123MB5518', 'GBRP123'),
  ('raw', *leaf('text/html', outlook_big([('text', GBR_TXT)], 'windows-1252', 'EN-GB'), 'windows-1252',
                'quoted-printable', html=True)),
  ('INSCRIBE', 'GBR', 'I', 'H.E. Ms. Philippa Ashdown-Clarke',
   'Outlook Word HTML only (no text part): large <style> block with @list rules and <!--[if gte mso 9]> XML; windows-1252 QP with smart quotes and en dashes'),
  stamp=cet('2024-11-28 16:42:19'), cc=CC_FR, clang='en-GB')

# ---- 29 Armenia: Gmail HTML only (<div dir="ltr">), no text part
ARM_HTML = ('<div dir="ltr"><div>Dear colleagues,</div><div><br></div><div>The Embassy of the Republic of Armenia '
            'in the Kingdom of the Netherlands would like to register Armenia for <b>Segment II</b> of the plenary '
            'on cooperation (&quot;How can States Parties strengthen their support to the Court with existing tools?&quot;).'
            '</div><div><br></div><div>Speaker: Mr. Vahagn Grigoryan, Counsellor, Embassy of the Republic of Armenia.</div>'
            '<div><br></div><div>Kind regards,</div><div><br></div><div><div dir="ltr" class="gmail_signature" '
            'data-smartmail="gmail_signature"><div dir="ltr"><font color="#888888">Anush Harutyunyan<br>Attaché<br>'
            'Embassy of the Republic of Armenia<br>The Hague</font></div></div></div></div>\n')
M(29, 'arm', S, 'en',
  ('Anush Harutyunyan', 'a.harutyunyan@mfa.am'),
  [(None, MBOX)], 'Armenia - Plenary on Cooperation - Segment II',
  'gws', gsend('mail-sor-f41.google.com', '209.85.220.41', sel='google'),
  html_only(ARM_HTML, 'UTF-8'),
  ('INSCRIBE', 'ARM', 'II', 'Mr. Vahagn Grigoryan',
   'Gmail HTML-only body (<div dir="ltr"> layout, gmail_signature), no text/plain part'),
  stamp=cet('2024-12-01 11:07:52'), cc=CC_FR)

# ---- 30 Chile: HTML with the request in a table
CHL_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Estimados colegas:</p>
<p>La Embajada de Chile en los Países Bajos tiene el agrado de solicitar la inscripción de Chile en la lista de oradores de la sesión plenaria sobre cooperación, de acuerdo con el siguiente detalle:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:1px solid #999">
<tr><td style="background:#D9E2F3"><b>Delegación</b></td><td>República de Chile</td></tr>
<tr><td style="background:#D9E2F3"><b>Segmento</b></td><td>II – ¿Cómo pueden los Estados Partes fortalecer su apoyo a la Corte con las herramientas existentes?</td></tr>
<tr><td style="background:#D9E2F3"><b>Orador/a</b></td><td>Sra. Camila Rojas Valenzuela</td></tr>
<tr><td style="background:#D9E2F3"><b>Cargo</b></td><td>Consejera, Embajada de Chile en los Países Bajos</td></tr>
</table>
<p>Saludos cordiales,</p>
<p>Diego Araya Muñoz<br>Segundo Secretario<br>Embajada de Chile – La Haya</p>
</div></body></html>
""") + '\n'
M(30, 'chl', S, 'es',
  ('Diego Araya Muñoz', 'daraya@minrel.gob.cl'),
  [(None, MBOX)], 'Chile – inscripción lista de oradores – plenaria sobre cooperación',
  'o365', o365('BRA01-CP2-obe.outbound.protection.outlook.com', 'mail-cp2bra01on2105.outbound.protection.outlook.com',
               '40.107.200.105', 'CP6P284MB2133', 'BRAP284'),
  html_only(CHL_HTML, 'utf-8'),
  ('INSCRIBE', 'CHL', 'II', 'Sra. Camila Rojas Valenzuela',
   'HTML only; delegation, segment and speaker are given in table cells (Segmento | II ..., Orador/a | ...)'),
  stamp=cet('2024-11-29 17:31:40'), cc=CC_FR, clang='es-CL')

# ---- 31 Benin: HTML only, pure ASCII with named and numeric entities
BEN_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p>Madame, Monsieur,</p>
<p>L&#8217;Ambassade de la R&eacute;publique du B&eacute;nin aux Pays-Bas a l&#39;honneur de solliciter l&rsquo;inscription du B&#233;nin sur la liste des orateurs du <b>segment&nbsp;I</b> (&laquo;&nbsp;La coop&eacute;ration est vitale pour la Cour&nbsp;&raquo;) de la s&eacute;ance pl&eacute;ni&egrave;re sur la coop&eacute;ration du 5&nbsp;d&eacute;cembre&nbsp;2024.</p>
<p>Orateur&nbsp;: S.E. M. S&eacute;v&#233;rin Dossou-Gb&#xE9;t&eacute;, Ambassadeur de la R&eacute;publique du B&eacute;nin.</p>
<p>Veuillez agr&eacute;er, Madame, Monsieur, l&#8217;expression de notre haute consid&eacute;ration.</p>
<p>Ambassade du B&eacute;nin<br>La&nbsp;Haye</p>
</body></html>
""") + '\n'
M(31, 'ben', S, 'fr',
  ('Ambassade du Benin', 'ambabenin.lahaye@diplomatie.gouv.bj'),
  [(None, MBOX)], 'Benin - inscription - pleniere sur la cooperation - segment I',
  'roundcube', postfix('mail.diplomatie.gouv.bj', '41.138.89.10', '41.138.89.44'),
  ('raw', [('Content-Type', 'text/html; charset=us-ascii'), ('Content-Transfer-Encoding', '7bit')], BEN_HTML),
  ('INSCRIBE', 'BEN', 'I', 'S.E. M. Sévérin Dossou-Gbété',
   'HTML only, pure ASCII: every accent is an entity (&eacute; &#233; &#xE9; &rsquo; &#8217; &laquo;), &nbsp; around the segment'),
  stamp=cet('2024-12-02 10:14:05'), cc=CC_FR)

# ---- 32 Central African Republic: HTML with a <br> layout, speaker on its own line
CAF_HTML = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '<div>Madame, Monsieur,<br><br>La R&eacute;publique centrafricaine souhaite prendre la parole au '
            '<b>segment II</b> de la s&eacute;ance pl&eacute;ni&egrave;re sur la coop&eacute;ration (5 d&eacute;cembre 2024).'
            '<br><br>Orateur :<br>M. Thierry Ngoumbango<br>Conseiller juridique<br>Ambassade de la R&eacute;publique '
            'centrafricaine &agrave; Bruxelles<br><br>Respectueusement,<br><br>--<br>Ambassade de la R&eacute;publique '
            'centrafricaine<br>Bruxelles</div></div></body></html>\n')
M(32, 'caf', S, 'fr',
  ('Ambassade RCA Bruxelles', 'ambarca.bruxelles@yahoo.fr'),
  [(None, MBOX)], 'RCA - plénière coopération - segment II',
  'yahoo', yahoo('sonic314-22.consmr.mail.ir2.yahoo.com', '77.238.177.151'),
  html_only(CAF_HTML, 'utf-8'),
  ('INSCRIBE', 'CAF', 'II', 'M. Thierry Ngoumbango',
   'HTML only with a <br> layout: "Orateur :" label, name and title on separate <br> lines'),
  stamp=cet('2024-12-03 15:49:27'), cc=CC_FR, eol='lf')

# ---- 33 Georgia: multipart/alternative whose text/plain part is empty
GEO_TXT = T("""
Dear Colleagues,

Georgia would like to register for Segment I ("Cooperation is vital for the Court") of the plenary on cooperation.

Our speaker will be H.E. Ms. Tamar Kiknadze, Ambassador of Georgia to the Kingdom of the Netherlands.

Best regards,
Embassy of Georgia in the Kingdom of the Netherlands
""")


def geo_body(rng):
    p1 = leaf('text/plain', '', 'us-ascii', '7bit')
    p2 = leaf('text/html', outlook_html([('text', GEO_TXT)], 'us-ascii', 'EN-US'), 'us-ascii', 'quoted-printable', html=True)
    return multi('alternative', [p1, p2], bnd(rng))


M(33, 'geo', S, 'en',
  ('Embassy of Georgia', 'thehague.emb@mfa.gov.ge'),
  [(None, MBOX)], 'Georgia - list of speakers - Segment I',
  'osmtp', postfix('mail.mfa.gov.ge', '91.151.136.5', '91.151.136.71'),
  ('raw', *geo_body(random.Random('geo'))),
  ('INSCRIBE', 'GEO', 'I', 'H.E. Ms. Tamar Kiknadze',
   'multipart/alternative whose text/plain part is empty; the request is only in the HTML part'),
  stamp=cet('2024-11-27 12:03:58'), cc=CC_FR)

# ---- 34 Cyprus: text part says "view in HTML"
CYP_TXT = T("""
Dear Colleagues,

The Republic of Cyprus would like to take the floor in Segment II of the plenary on cooperation.

Speaker: Ms. Eleni Charalambous, Legal Adviser, Embassy of the Republic of Cyprus in The Hague.

Kind regards,
Embassy of the Republic of Cyprus
The Hague
""")


def cyp_body(rng):
    p1 = leaf('text/plain', 'This message is in HTML format. Please view it in HTML.\n', 'us-ascii', '7bit')
    p2 = leaf('text/html', outlook_html([('text', CYP_TXT)], 'us-ascii', 'EN-GB'), 'us-ascii', 'quoted-printable', html=True)
    return multi('alternative', [p1, p2], bnd(rng, 'np'))


M(34, 'cyp', S, 'en',
  ('Embassy of Cyprus - The Hague', 'thehagueembassy@mfa.gov.cy'),
  [(None, MBOX)], 'Cyprus - plenary on cooperation - Segment II',
  'zimbra', postfix('mail.mfa.gov.cy', '212.31.118.40', '212.31.118.77', zone='EET'),
  ('raw', *cyp_body(random.Random('cyp'))),
  ('INSCRIBE', 'CYP', 'II', 'Ms. Eleni Charalambous',
   'multipart/alternative whose text/plain part only says "view it in HTML"; the request is in the HTML part'),
  stamp=cet('2024-12-02 09:27:33'), cc=CC_FR, tzh=2)

# ---- 35 Mongolia: text/plain base64 UTF-8, Mongolian Cyrillic signature
M(35, 'mng', S, 'en',
  ('Ганболд Сарантуяа', 'sarantuya.g@mfa.gov.mn'),
  [(None, MBOX)], 'Mongolia - registration for the plenary on cooperation (Segment I)',
  'exch', exch('mail.mfa.gov.mn', '202.131.225.14', 'mfa.local'),
  ('plain', [('text', T("""
Dear Secretariat,

Mongolia would like to be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Our speaker will be H.E. Mr. Enkhbold Tserendorj, Ambassador of Mongolia to the Benelux countries.

Best regards,

Ганболд Сарантуяа
Монгол Улсаас Бенилюксийн орнуудад суугаа Элчин сайдын яам
Embassy of Mongolia, Brussels
"""))], 'utf-8', 'base64'),
  ('INSCRIBE', 'MNG', 'I', 'H.E. Mr. Enkhbold Tserendorj',
   'text/plain in base64 (UTF-8) with a Cyrillic signature; encoded From display name'),
  stamp=cet('2024-11-26 08:55:10'), cc=CC_FR, clang='mn-MN')

# ---- 36 Andorra: Spanish, text/plain QP iso-8859-1
M(36, 'and', S, 'es',
  ('Montserrat Puig Casals', 'montserrat_puig@govern.ad'),
  [(None, MBOX)], 'Andorra - sol·licitud / solicitud de inscripción - Segmento II',
  'tbird', postfix('correu.govern.ad', '194.158.78.14', '194.158.78.60'),
  ('plain', [('text', T("""
Estimados señores:

El Principado de Andorra desea inscribirse en la lista de oradores del Segmento II ("¿Cómo pueden los Estados Partes fortalecer su apoyo a la Corte con las herramientas existentes?") de la sesión plenaria sobre cooperación del 5 de diciembre.

Oradora: Sra. Montserrat Puig Casals, Consejera jurídica, Ministerio de Asuntos Exteriores.

Reciban un cordial saludo,

Montserrat Puig Casals
Ministeri d'Afers Exteriors
Principat d'Andorra
"""))], 'iso-8859-1', 'quoted-printable'),
  ('INSCRIBE', 'AND', 'II', 'Sra. Montserrat Puig Casals',
   'text/plain quoted-printable iso-8859-1 (Spanish accents and ¿ as =E9 =BF ...); Catalan "sol·licitud" in the encoded Subject'),
  stamp=cet('2024-12-02 13:36:48'), cc=CC_FR, clang='ca-AD')

# ---- 37 Panama: text/plain QP windows-1252 with smart quotes, en dash and ellipsis
M(37, 'pan', S, 'es',
  ('Embajada de Panamá en los Países Bajos', 'embpanama.nl@mire.gob.pa'),
  [(None, MBOX)], 'Panamá – Segmento I – lista de oradores',
  'osmtp', postfix('mail.mire.gob.pa', '190.34.140.18', '190.34.140.66'),
  ('plain', [('text', T("""
Estimados colegas:

La Embajada de la República de Panamá solicita la inscripción de Panamá en la lista de oradores del Segmento I – “La cooperación es vital para la Corte” – de la sesión plenaria sobre cooperación.

Oradora: Excma. Sra. Itzel Castillero de Obaldía, Embajadora.

Quedamos atentos a su confirmación…

Embajada de Panamá – La Haya
"""))], 'windows-1252', 'quoted-printable'),
  ('INSCRIBE', 'PAN', 'I', 'Excma. Sra. Itzel Castillero de Obaldía',
   'text/plain quoted-printable windows-1252: smart quotes =93 =94, en dash =96, ellipsis =85'),
  stamp=cet('2024-11-29 20:11:36'), tzh=-5, cc=CC_FR, clang='es-PA')

# ---- 38 North Macedonia: encoded-word headers in four charsets
MKD_FROM = '%s <marija.petrovska@mfa.gov.mk>' % Header('Марија Петровска', cs_b('windows-1251')).encode()
MKD_SUBJ = Header('Регистрација - Северна Македонија - Segment II', cs_q('iso-8859-5'),
                  header_name='Subject').encode(maxlinelen=76, linesep='\n')
MKD_CC = '%s <%s>,\n %s <jovan.sopov@mfa.gov.mk>' % (
    Header('Service juridique – Ambassade de France', cs_q('utf-8')).encode(maxlinelen=76, linesep='\n'), FRJ,
    Header('Jovan Šopov', cs_q('iso-8859-2')).encode())
MKD_RT = '%s <thehague@mfa.gov.mk>' % Header('Амбасада на Република Северна Македонија', cs_b('utf-8')).encode(
    maxlinelen=76, linesep='\n')
M(38, 'mkd', S, 'en',
  ('Марија Петровска', 'marija.petrovska@mfa.gov.mk'),
  [(None, MBOX)], 'Регистрација - Северна Македонија - Segment II',
  'tbird', postfix('mail.mfa.gov.mk', '77.28.101.34', '77.28.101.90'),
  ('plain', [('text', T("""
Dear colleagues,

The Embassy of the Republic of North Macedonia in The Hague would like to register North Macedonia for Segment II of the plenary on cooperation.

Speaker: Ms. Marija Petrovska, Minister Counsellor.

Best regards,
Marija Petrovska
Embassy of the Republic of North Macedonia, The Hague
"""))], 'UTF-8', '7bit'),
  ('INSCRIBE', 'MKD', 'II', 'Ms. Marija Petrovska',
   'encoded-word headers in four charsets: From windows-1251 B, Subject iso-8859-5 Q, Cc utf-8 Q and iso-8859-2 Q, Reply-To utf-8 B'),
  stamp=cet('2024-12-03 11:22:01'), cc=CC_FR,
  hraw={'From': MKD_FROM, 'Subject': MKD_SUBJ, 'Cc': MKD_CC}, extra=[('Reply-To', MKD_RT)], clang='mk-MK')

# ---- 39 Slovakia: format=flowed; delsp=yes, soft break INSIDE the speaker's surname (Apple Mail, QP)
SVK_FLOWED = ('Dear colleagues,\n\n'
              'The Slovak Republic would like to register for Segment II of the  \n'
              'plenary on cooperation. Our speaker will be Ms. Zuzana Ková \n'
              'čová, Legal Adviser at the Embassy of the Slovak Republic in The  \n'
              'Hague.\n\n'
              'Best regards,\n'
              'Peter Hudák\n'
              'Embassy of the Slovak Republic, The Hague\n')
M(39, 'svk', S, 'en',
  ('Peter Hudák', 'peter.hudak@mzv.sk'),
  [(None, MBOX)], 'Slovakia - Segment II - plenary on cooperation',
  'apple', postfix('mail.mzv.sk', '195.80.180.21', '195.80.180.99'),
  ('raw', *leaf('text/plain', SVK_FLOWED, 'utf-8', 'quoted-printable', style='apple', params=';\n\tformat=flowed;\n\tdelsp=yes')),
  ('INSCRIBE', 'SVK', 'II', 'Ms. Zuzana Kováčová',
   'format=flowed; delsp=yes (RFC 3676): the soft break falls inside the surname "Ková |čová" and the marker space must be deleted; QP-encoded trailing spaces'),
  stamp=cet('2024-12-04 10:48:30'), cc=CC_FR)

# ---- 40 Bulgaria: format=flowed (no delsp), soft break between given name and surname, "-- " signature
BGR_FLOWED = ('Dear colleagues,\n\n'
              'The Embassy of the Republic of Bulgaria would like to register Bulgaria \n'
              'for Segment I ("Cooperation is vital for the Court") of the plenary on \n'
              'cooperation. Our speaker will be H.E. Ms. Radostina \n'
              'Vasileva-Todorova, Ambassador.\n\n'
              'Kind regards,\n'
              'Nikolay Dimitrov\n'
              '-- \n'
              'Embassy of the Republic of Bulgaria\n'
              'The Hague\n')
M(40, 'bgr', S, 'en',
  ('Nikolay Dimitrov', 'nikolay.dimitrov@mfa.bg'),
  [(None, MBOX)], 'Bulgaria - registration - Segment I',
  'tbird', postfix('mail.mfa.bg', '212.122.161.13', '212.122.161.70', zone='EET'),
  ('raw', *leaf('text/plain', BGR_FLOWED, 'UTF-8', '8bit', params='; format=flowed')),
  ('INSCRIBE', 'BGR', 'I', 'H.E. Ms. Radostina Vasileva-Todorova',
   'format=flowed (no delsp): soft line break between the given name and the surname; "-- " signature separator line is not flowed'),
  stamp=cet('2024-12-03 16:05:12'), tzh=2, cc=CC_FR, eol='lf')

# ---- 41 Samoa: request inside a message/rfc822 attachment forwarded by the Ambassador's assistant
WSM_INNER = T("""
From: Lemalu Toleafoa Sapolu <l.sapolu@mfat.gov.ws>
To: iccasp.cooperation@gmail.com
Subject: Samoa - request to speak - Segment I
Date: Tue, 3 Dec 2024 08:41:19 +0100
Message-ID: <VI1PR09MB4482E5B0A93D17C6F2A8E31CB1352@VI1PR09MB4482.eurprd09.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dear Secretariat,

Samoa wishes to take the floor in Segment I ("Cooperation is vital for the Court") of the plenary on cooperation on 5 December 2024.

Speaker: H.E. Mr. Lemalu Toleafoa Sapolu, Ambassador of the Independent State of Samoa to the European Union and the Benelux countries.

Faafetai,
Lemalu Toleafoa Sapolu
Embassy of Samoa, Brussels
""") + '\n'


def wsm_body(rng):
    p1 = leaf('text/plain', T("""
Talofa lava,

Please see the attached message from our Ambassador. It was sent yesterday to a wrong address (iccasp.cooperation@gmail.com) and came back to us; I am resending it to the correct mailbox.

Kind regards,
Faleolo Tuilagi
Personal Assistant to the Ambassador
Embassy of Samoa, Brussels
""") + '\n', 'us-ascii', '7bit')
    p2 = ([('Content-Type', 'message/rfc822'),
           ('Content-Disposition', 'attachment;\n\tfilename="Samoa - request to speak - Segment I.eml"')], WSM_INNER)
    return multi('mixed', [p1, p2], bnd(rng))


M(41, 'wsm', S, 'en',
  ('Faleolo Tuilagi', 'f.tuilagi@mfat.gov.ws'),
  [(None, MBOX)], 'FW: Samoa - request to speak - Segment I',
  'o365', o365('EUR09-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur09on2101.outbound.protection.outlook.com',
               '40.107.21.101', 'VI1PR09MB4482', 'eurprd09'),
  ('raw', *wsm_body(random.Random('wsm'))),
  ('INSCRIBE', 'WSM', 'I', 'H.E. Mr. Lemalu Toleafoa Sapolu',
   'the request is inside an attached message/rfc822 (the Ambassador\'s mail of 3 Dec, first sent to a wrong address), forwarded by his assistant; receipt = this mail (4 Dec 10:12 CET)'),
  stamp=cet('2024-12-04 10:12:37'), cc=CC_FR, attach=True)

# ---- 42 Zambia: request only in an attached PDF
ZMB_PDF = make_pdf([
    'EMBASSY OF THE REPUBLIC OF ZAMBIA',
    'Brussels',
    '',
    'Ref: ZEB/ICC/12/2024',
    'NOTE VERBALE',
    '',
    'The Embassy of the Republic of Zambia presents its compliments to the Secretariat of the',
    'Assembly of States Parties and has the honour to request that Zambia be inscribed on the',
    'list of speakers for Segment II of the plenary on cooperation on 5 December 2024.',
    'Zambia will be represented by Mr. Mwila Chanda Mulenga, First Secretary (Legal).',
    '',
    'Brussels, 3 December 2024',
], 'ZEB-ICC-12-2024')
M(42, 'zmb', S, 'en',
  ('Zambia Embassy Brussels', 'info@zambiaembassy.be'),
  [(None, MBOX)], 'Note Verbale - ASP23 Plenary on Cooperation',
  'exch', exch('mail.zambiaembassy.be', '91.183.40.17', 'zeb.local'),
  ('mixed', ('plain', [('text', T("""
Dear Sir/Madam,

The Embassy of the Republic of Zambia in Brussels presents its compliments. Please find attached our Note Verbale concerning the plenary on cooperation.

Kind regards,
Chipo Banda
Embassy of the Republic of Zambia
"""))], 'us-ascii', '7bit'),
   [('ZEB-ICC-12-2024.pdf', ZMB_PDF, 'application/pdf',
     '\n\tcreation-date="Tue, 03 Dec 2024 13:27:02 GMT";\n\tmodification-date="Tue, 03 Dec 2024 13:27:02 GMT"')]),
  ('HOLD', 'ZMB', 'II', 'Mr. Mwila Chanda Mulenga',
   'request (segment, speaker) only in the attached PDF note verbale ("please find attached"); the body names neither'),
  stamp=cet('2024-12-03 14:30:51'), cc=CC_FR, attach=True)

# ---- 43 Djibouti: request only in an attached DOCX
DJI_DOCX = make_docx([
    'Ambassade de la République de Djibouti',
    'N° 318/ARD/BXL/2024',
    'NOTE VERBALE',
    "L'Ambassade de la République de Djibouti présente ses compliments au Secrétariat de l'Assemblée des États Parties "
    "et a l'honneur de solliciter l'inscription de Djibouti sur la liste des orateurs du segment I de la séance "
    "plénière sur la coopération du 5 décembre 2024.",
    'Djibouti sera représentée par S.E. M. Idriss Ahmed Goumaneh, Ambassadeur.',
    'Bruxelles, le 2 décembre 2024',
])
M(43, 'dji', S, 'fr',
  ('Ambassade de Djibouti', 'ambdjib.bxl@diplomatie.gouv.dj'),
  [(None, MBOX)], 'Note verbale – séance plénière sur la coopération',
  'osmtp', postfix('mail.diplomatie.gouv.dj', '197.241.2.30', '197.241.2.81'),
  ('mixed', ('plain', [('text', T("""
Madame, Monsieur,

Veuillez trouver ci-joint la note verbale de l'Ambassade de la République de Djibouti relative à la séance plénière sur la coopération.

Cordialement,
Le Secrétariat de l'Ambassade de Djibouti
Bruxelles
"""))], 'iso-8859-1', 'quoted-printable'),
   [('NV_318_ARD_BXL_2024.docx', DJI_DOCX,
     'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
     '\n\tcreation-date="Mon, 02 Dec 2024 15:12:40 GMT";\n\tmodification-date="Mon, 02 Dec 2024 15:12:40 GMT"')]),
  ('HOLD', 'DJI', 'I', 'S.E. M. Idriss Ahmed Goumaneh',
   'request only in the attached DOCX note verbale ("veuillez trouver ci-joint"); the body names no segment or speaker'),
  stamp=cet('2024-12-02 16:19:08'), cc=CC_FR, attach=True, clang='fr-FR')

# ---- 44 Netherlands: large inline signature image and a disclaimer in three languages
NLD_TXT = T("""
Dear colleagues,

The Kingdom of the Netherlands would like to register for Segment II of the plenary on cooperation ("How can States Parties strengthen their support to the Court with existing tools?").

Speaker: Ms. Femke de Graaf-Willems, Senior Legal Adviser, International Law Division, Ministry of Foreign Affairs.

Kind regards,

Femke de Graaf-Willems
Ministry of Foreign Affairs of the Kingdom of the Netherlands
[cid:image001.png@01DB4612.5A3C1E70]

Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van welke aard ook, die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.

This message may contain information that is not intended for you. If you are not the addressee or if this message was sent to you by mistake, you are requested to inform the sender and delete the message. The State accepts no liability for damage of any kind resulting from the risks inherent in the electronic transmission of messages.

Ce message peut contenir des informations qui ne vous sont pas destinées. Si vous n'en êtes pas le destinataire ou si ce message vous a été adressé par erreur, veuillez en informer l'expéditeur et supprimer le message. L'État décline toute responsabilité pour tout dommage lié aux risques inhérents à la transmission électronique des messages.
""")


def nld_body(rng):
    txt = NLD_TXT
    p1 = leaf('text/plain', txt + '\n', 'utf-8', 'quoted-printable')
    html = outlook_html([('text', txt)], 'utf-8', 'EN-GB').replace(
        esc('[cid:image001.png@01DB4612.5A3C1E70]'),
        '<img width="480" height="160" style="width:5.0in;height:1.6666in" id="Picture_x0020_1" '
        'src="cid:image001.png@01DB4612.5A3C1E70" alt="Rijksoverheid - Ministerie van Buitenlandse Zaken">')
    p2 = leaf('text/html', html, 'utf-8', 'quoted-printable', html=True)
    alt = multi('alternative', [p1, p2], bnd(rng))
    img = attach_part('image001.png', make_png(rng, 220, 150), 'image/png', inline=True,
                      cid='image001.png@01DB4612.5A3C1E70')
    return multi('related', [alt, img], bnd(rng), params='; type="multipart/alternative"')


M(44, 'nld', S, 'en',
  ('Graaf-Willems, Femke de', 'femke-de.graaf-willems@minbuza.nl'),
  [(None, MBOX)], 'Kingdom of the Netherlands - plenary on cooperation - Segment II',
  'exch', exch('mail2.minbuza.nl', '147.181.97.23', 'minbuza.local', dmarc='REJECT'),
  ('raw', *nld_body(random.Random('nld'))),
  ('INSCRIBE', 'NLD', 'II', 'Ms. Femke de Graaf-Willems',
   'multipart/related with a large inline signature image (cid:) and a confidentiality disclaimer in Dutch, English and French after the request'),
  stamp=cet('2024-11-28 11:40:02'), cc=CC_FR, attach=True, clang='nl-NL')

# ---- 45 Sweden: plain body plus a TNEF winmail.dat
SWE_TXT = T("""
Dear Colleagues,

Sweden would like to be inscribed on the list of speakers for Segment I of the plenary on cooperation on 5 December.

Speaker: H.E. Ms. Annika Lindqvist-Berg, Ambassador of Sweden to the Netherlands.

Best regards,

Johan Ekström
Embassy of Sweden, The Hague
""")


def swe_body(rng):
    p1 = leaf('text/plain', SWE_TXT + '\n', 'iso-8859-1', 'quoted-printable')
    tn = attach_part('winmail.dat', make_tnef(rng, 'Sweden - Segment I - plenary on cooperation'), 'application/ms-tnef')
    return multi('mixed', [p1, tn], bnd(rng))


M(45, 'swe', S, 'en',
  ('Johan Ekström', 'johan.ekstrom@gov.se'),
  [(None, MBOX)], 'Sweden - Segment I - plenary on cooperation',
  'exch', exch('mx1.gov.se', '192.165.208.18', 'ud.regeringskansliet.local'),
  ('raw', *swe_body(random.Random('swe'))),
  ('INSCRIBE', 'SWE', 'I', 'H.E. Ms. Annika Lindqvist-Berg',
   'Outlook rich-text mail: plain body plus an application/ms-tnef winmail.dat attachment'),
  stamp=cet('2024-11-27 15:22:44'), cc=CC_FR, attach=True, clang='sv-SE',
  extra=[('X-MS-TNEF-Correlator', '<8E2D1F5C4A7B3E60@ud.regeringskansliet.local>')])

# ---- 46 Lithuania: S/MIME multipart/signed (dummy signature) around a clear request
LTU_TXT = T("""
Dear colleagues,

The Republic of Lithuania would like to register for Segment II of the plenary on cooperation.

Speaker: Mr. Dovydas Kairys, Counsellor, Embassy of the Republic of Lithuania in The Hague.

Best regards,
Dovydas Kairys
""")


def ltu_body(rng):
    p1 = leaf('text/plain', LTU_TXT + '\n', 'utf-8', 'quoted-printable')
    sig = bytes([0x30, 0x82, 0x0b, 0x4a, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]) + \
        bytes(rng.getrandbits(8) for _ in range(2880))
    p2 = ([('Content-Type', 'application/pkcs7-signature; name="smime.p7s"'),
           ('Content-Transfer-Encoding', 'base64'),
           ('Content-Disposition', 'attachment; filename="smime.p7s"'),
           ('Content-Description', 'S/MIME Cryptographic Signature')], base64.encodebytes(sig).decode('ascii'))
    return multi('signed', [p1, p2], bnd(rng, 'np'), preamble='This is a cryptographically signed message in MIME format.',
                 params='; protocol="application/pkcs7-signature"; micalg=sha-256')


M(46, 'ltu', S, 'en',
  ('Dovydas Kairys', 'dovydas.kairys@urm.lt'),
  [(None, MBOX)], 'Lithuania - plenary on cooperation - Segment II',
  'tbird', postfix('mail.urm.lt', '213.197.173.9', '213.197.173.50', zone='EET'),
  ('raw', *ltu_body(random.Random('ltu'))),
  ('INSCRIBE', 'LTU', 'II', 'Mr. Dovydas Kairys',
   'S/MIME multipart/signed (application/pkcs7-signature smime.p7s, dummy signature) around a clear text/plain request'),
  stamp=cet('2024-12-01 19:58:17'), tzh=2, cc=CC_FR)

# ---- 47 Venezuela: one very long line (about 950 bytes) in 8bit
VEN_LINE = ('La Embajada de la República Bolivariana de Venezuela en el Reino de los Países Bajos saluda muy atentamente '
            'a la Secretaría de la Asamblea de los Estados Partes en el Estatuto de Roma de la Corte Penal Internacional y, '
            'en atención a la invitación relativa a la sesión plenaria sobre cooperación del vigésimo tercer período de '
            'sesiones de la Asamblea, que tendrá lugar el jueves 5 de diciembre de 2024 en el World Forum de La Haya, tiene '
            'a bien solicitar la inscripción de la República Bolivariana de Venezuela en la lista de oradores del Segmento II '
            '("¿Cómo pueden los Estados Partes fortalecer su apoyo a la Corte con las herramientas existentes?"), en el cual '
            'intervendrá el Excmo. Sr. Héctor Luis Bracamonte Rivas, Embajador, Representante Permanente ante la Organización '
            'para la Prohibición de las Armas Químicas y ante la Corte, y aprovecha la oportunidad para reiterarle las '
            'seguridades de su más alta y distinguida consideración.')
M(47, 'ven', S, 'es',
  ('Embajada de Venezuela - La Haya', 'embavenez.lahaya@mppre.gob.ve'),
  [(None, MBOX)], 'Venezuela - Segmento II - sesión plenaria sobre cooperación',
  'roundcube', postfix('mail.mppre.gob.ve', '190.202.118.14', '190.202.118.90'),
  ('plain', [('text', 'Estimados señores:\n\n' + VEN_LINE + '\n\nEmbajada de la República Bolivariana de Venezuela\nLa Haya')],
   'UTF-8', '8bit'),
  ('INSCRIBE', 'VEN', 'II', 'Excmo. Sr. Héctor Luis Bracamonte Rivas',
   'the whole request is one 8bit UTF-8 line of about 950 bytes (no wrapping)'),
  stamp=cet('2024-12-03 17:02:26'), cc=CC_FR)

# ---- 48 The Gambia: headers with CRLF, body with bare LF
M(48, 'gmb', S, 'en',
  ('Gambia Embassy Brussels', 'gambiaembassy.bxl@mofa.gov.gm'),
  [(None, MBOX)], 'The Gambia - plenary on cooperation - Segment I',
  'roundcube', postfix('mail.mofa.gov.gm', '197.255.200.12', '197.255.200.45', zone='GMT'),
  ('plain', [('text', T("""
Dear Sir/Madam,

The Republic of The Gambia wishes to be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Speaker: H.E. Mr. Lamin Ceesay Njie, Ambassador.

Yours faithfully,
Embassy of The Gambia, Brussels
"""))], 'UTF-8', '7bit'),
  ('INSCRIBE', 'GMB', 'I', 'H.E. Mr. Lamin Ceesay Njie',
   'mixed line endings: header block ends lines with CRLF, the body with bare LF'),
  stamp=cet('2024-11-30 12:12:12'), tzh=0, cc=CC_FR, eol='mixed')

# ---- 49 Guatemala: declared iso-8859-1 but the bytes are windows-1252 smart quotes (8bit)
GTM_TXT = T("""
Estimados colegas:

La Misión de Guatemala solicita inscribir a la República de Guatemala en la lista de oradores del Segmento II – “¿Cómo pueden los Estados Partes fortalecer su apoyo a la Corte con las herramientas existentes?” – de la sesión plenaria sobre cooperación.

Oradora: Lic. Ana Lucía Chinchilla Ovalle, Primera Secretaria.

Atentamente,
Embajada de Guatemala en los Países Bajos
""") + '\n'
M(49, 'gtm', S, 'es',
  ('Embajada de Guatemala', 'embaguate.nl@minex.gob.gt'),
  [(None, MBOX)], 'Guatemala - Segmento II - lista de oradores',
  'osmtp', postfix('mail.minex.gob.gt', '200.12.60.41', '200.12.60.88'),
  ('raw', [('Content-Type', 'text/plain; charset="iso-8859-1"'), ('Content-Transfer-Encoding', '8bit')],
   GTM_TXT.encode('cp1252').decode('ascii', 'surrogateescape')),
  ('INSCRIBE', 'GTM', 'II', 'Lic. Ana Lucía Chinchilla Ovalle',
   'charset declared iso-8859-1 but the 8bit bytes are windows-1252 (0x93/0x94 quotes, 0x96 dashes): mislabelled Windows text'),
  stamp=cet('2024-12-02 18:45:09'), tzh=-6, cc=CC_FR, clang='es-GT')

# ---- 50 Fiji: UTF-8 byte-order mark at the very start of the text part
M(50, 'fji', S, 'en',
  ('Fiji Embassy Brussels', 'info@fijiembassy.be'),
  [(None, MBOX)], 'Fiji - request to speak - Segment I',
  'roundcube', postfix('mail.fijiembassy.be', '91.183.51.77', '91.183.51.80'),
  ('plain', [('text', '\ufeff' + T("""
Bula vinaka,

The Republic of Fiji would like to be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Speaker: H.E. Ms. Salote Naivalu, Ambassador of the Republic of Fiji.

Vinaka vakalevu,
Embassy of the Republic of Fiji, Brussels
"""))], 'UTF-8', '8bit'),
  ('INSCRIBE', 'FJI', 'I', 'H.E. Ms. Salote Naivalu',
   'UTF-8 byte-order mark (EF BB BF) at the very start of the 8bit text/plain part'),
  stamp=cet('2024-12-01 09:30:45'), cc=CC_FR)

# ---- 51 Council of Europe: text/plain UTF-16 with BOM, base64
M(51, 'coe', S, 'en',
  ('Council of Europe - Treaty Office', 'treaty.office@coe.int'),
  [(None, MBOX)], 'Council of Europe - request to take the floor - Segment II',
  'exch', exch('mail.coe.int', '194.57.188.21', 'coe.local'),
  ('plain', [('text', T("""
Dear Secretariat,

The Council of Europe would be grateful to be inscribed on the list of speakers for Segment II of the plenary on cooperation, as an international organisation.

Speaker: Mr. Matthias Kleinert, Head of the Criminal Law Co-operation Unit.

Yours sincerely,
Treaty Office
Council of Europe, Strasbourg
"""))], 'utf-16', 'base64'),
  ('INSCRIBE', 'Council of Europe', 'II', 'Mr. Matthias Kleinert',
   'text/plain in charset utf-16 (little-endian, with BOM), base64-encoded'),
  stamp=cet('2024-11-29 10:05:33'), cc=CC_FR, clang='fr-FR')

# ---- 52 Conectas: Apple Mail nested alternative > related (HTML + logo), Portuguese
CON_TXT = T("""
Prezados,

A Conectas Direitos Humanos solicita a inscrição na lista de oradores do Segmento II ("Como podem os Estados Partes reforçar o seu apoio ao Tribunal com as ferramentas existentes?") da sessão plenária sobre cooperação.

Oradora: Dra. Juliana Ferraz Nogueira, coordenadora do programa de Justiça Internacional.

Atenciosamente,
Juliana Ferraz Nogueira
Conectas Direitos Humanos | São Paulo
""")


def con_body(rng):
    p1 = leaf('text/plain', CON_TXT + '\n', 'utf-8', 'quoted-printable', style='apple')
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + ''.join('<div>%s</div>' % (esc(l) or '<br>') for l in CON_TXT.split('\n'))
            + '<div><br></div><div><img apple-inline="yes" id="8D3E2A4B-61F0-4C7A-9B55-0E3F7C2D1A96" '
              'src="cid:logo-conectas@conectas.org" alt="Conectas"></div></body></html>\n')
    p2 = leaf('text/html', html, 'utf-8', 'quoted-printable', style='apple', html=True)
    img = attach_part('logo-conectas.png', make_png(rng, 60, 40), 'image/png', inline=True, cid='logo-conectas@conectas.org')
    rel = multi('related', [p2, img], bnd(rng, 'ap'), params='; type="text/html"')
    return multi('alternative', [p1, rel], bnd(rng, 'ap'))


M(52, 'conectas', S, 'pt',
  ('Juliana Ferraz Nogueira', 'juliana.nogueira@conectas.org'),
  [(None, MBOX)], 'Conectas - inscrição - sessão plenária sobre cooperação (Segmento II)',
  'apple', gsend('mail-sor-f41.google.com', '209.85.220.41', sel='google'),
  ('raw', *con_body(random.Random('conectas'))),
  ('INSCRIBE', 'Conectas', 'II', 'Dra. Juliana Ferraz Nogueira',
   'Apple Mail nesting: multipart/alternative > (text/plain, multipart/related > (text/html, inline PNG)); Portuguese'),
  stamp=cet('2024-12-02 19:26:58'), tzh=-3, cc=CC_FR)

# ---- 53 Bosnia and Herzegovina: text/plain windows-1250 in base64
M(53, 'bih', S, 'en',
  ('Ambasada BiH Hag', 'ambasada.hag@mvp.gov.ba'),
  [(None, MBOX)], 'Bosnia and Herzegovina - Segment I - plenary on cooperation',
  'exch', exch('mail.mvp.gov.ba', '80.65.167.18', 'mvp.local'),
  ('plain', [('text', T("""
Dear Sir/Madam,

Bosnia and Herzegovina would like to be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Speaker: Mr. Damir Hadžiselimović, Chargé d'affaires a.i.

S poštovanjem / Kind regards,
Ambasada Bosne i Hercegovine u Kraljevini Nizozemskoj
Embassy of Bosnia and Herzegovina, The Hague
"""))], 'windows-1250', 'base64'),
  ('INSCRIBE', 'BIH', 'I', "Mr. Damir Hadžiselimović",
   'text/plain windows-1250 in base64 (ž, š, č only decode correctly with that charset)'),
  stamp=cet('2024-11-28 13:14:15'), cc=CC_FR, clang='bs-BA')

# ---- 54 Moldova: Outlook HTML where the speaker's name is split over several <span>s
MDA_HTML_BODY = T("""
<p class="MsoNormal"><span lang="EN-US">Dear colleagues,<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span lang="EN-US">The Republic of Moldova would like to register for </span><b><span lang="EN-US">Segment</span></b><b><span lang="EN-US"> II</span></b><span lang="EN-US"> of the plenary on cooperation.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span lang="EN-US">Speaker: </span><span lang="RO">H.E. Mr. </span><span lang="RO" style="mso-bookmark:_Hlk183947211">Victor</span><span lang="RO" style="mso-bookmark:_Hlk183947211"> </span><span lang="RO" style="color:black;mso-bookmark:_Hlk183947211">Cebotaru</span><span lang="EN-US">, Ambassador of the Republic of Moldova.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span lang="EN-US">Best regards,<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="RO">Ambasada Republicii Moldova în Regatul Țărilor de Jos<o:p></o:p></span></p>
""")
MDA_HTML = outlook_html([('text', 'PLACEHOLDER')], 'utf-8', 'RO').replace(mso_p('PLACEHOLDER'), MDA_HTML_BODY)
M(54, 'mda', S, 'en',
  ('Ambasada Republicii Moldova', 'haga@mfa.gov.md'),
  [(None, MBOX)], 'Republic of Moldova - plenary on cooperation - Segment II',
  'o365', o365('EUR04-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur04on2124.outbound.protection.outlook.com',
               '40.107.7.124', 'PA6PR04MB9521', 'eurprd04'),
  html_only(MDA_HTML, 'utf-8'),
  ('INSCRIBE', 'MDA', 'II', 'H.E. Mr. Victor Cebotaru',
   'Outlook HTML only; the speaker\'s title, given name, space and surname are each in a separate <span> (Word bookmarks), the segment split over two <b>'),
  stamp=cet('2024-12-03 09:09:09'), cc=CC_FR, clang='ro-MD')


# ============================================================================
# CLASS 3 - repeats: duplicates, reused and missing Message-IDs
# ============================================================================

# ---- 55 / 56 Uganda: identical request sent twice, three minutes apart, new Message-ID
UGA_TXT = T("""
Dear Sir/Madam,

The Embassy of the Republic of Uganda in Berlin, accredited to the Kingdom of the Netherlands, wishes to register Uganda for Segment II of the plenary on cooperation on 5 December 2024.

Uganda will be represented by Ms. Patience Nakato Mugisha, Counsellor (Legal Affairs).

Kind regards,
Embassy of the Republic of Uganda
Berlin
""")
UGA_MTA = exch('mail.mofa.go.ug', '196.43.133.22', 'mofa.local')
for n, st, exp in ((55, '2024-12-02 11:02:40', ('INSCRIBE', 'first copy of the Ugandan request (mail 56 is the resend)')),
                   (56, '2024-12-02 11:05:52', ('DUPLICATE', 'same request as mail 55, resent three minutes later with a new Message-ID'))):
    M(n, 'uga', D, 'en',
      ('Uganda Embassy Berlin', 'legal.berlin@mofa.go.ug'),
      [(None, MBOX)], 'Uganda - registration - plenary on cooperation (Segment II)',
      'exch', UGA_MTA, ('oalt', [('text', UGA_TXT)], 'EN-GB'),
      (exp[0], 'UGA', 'II', 'Ms. Patience Nakato Mugisha', exp[1]),
      stamp=cet(st), cc=CC_FR, clang='en-GB')

# ---- 57 / 58 Tanzania: on-time request; resent after the deadline asking for confirmation
TZA_TXT = T("""
Dear Secretariat,

The United Republic of Tanzania would like to be inscribed on the list of speakers for Segment I ("Cooperation is vital for the Court") of the plenary on cooperation.

Speaker: H.E. Dr. Joseph Kasimu Mrema, Ambassador.

Best regards,

Neema Mollel
Second Secretary
Embassy of the United Republic of Tanzania, Brussels
""")
TZA_MTA = o365('EUR01-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur01on2093.outbound.protection.outlook.com',
               '40.107.13.93', 'DB8PR01MB6320', 'eurprd01')
M(57, 'tza', D, 'en',
  ('Neema Mollel', 'neema.mollel@nje.go.tz'),
  [(None, MBOX)], 'Tanzania - Segment I - plenary on cooperation',
  'o365', TZA_MTA, ('oalt', [('text', TZA_TXT)], 'EN-GB'),
  ('INSCRIBE', 'TZA', 'I', 'H.E. Dr. Joseph Kasimu Mrema', 'first, on-time request (mail 58 resends it after the deadline)'),
  stamp=cet('2024-12-04 18:05:12'), cc=CC_FR, clang='en-GB')
TZA_QHDR = T("""
From: Neema Mollel <neema.mollel@nje.go.tz>
Sent: Wednesday, December 4, 2024 5:05 PM
To: iccaspcoperation@gmail.com
Cc: juridique.la-haye-amba@diplomatie.gouv.fr
Subject: Tanzania - Segment I - plenary on cooperation
""")
M(58, 'tza', D, 'en',
  ('Neema Mollel', 'neema.mollel@nje.go.tz'),
  [(None, MBOX)], 'RESENDING: Tanzania - Segment I - plenary on cooperation',
  'o365', TZA_MTA, ('oalt', [('text', T("""
Dear Secretariat,

Good morning. I am resending our request below, sent yesterday evening, as we have not yet received a confirmation. Could you kindly confirm that Tanzania is on the list?

Best regards,
Neema Mollel
""")), ('ohdr', TZA_QHDR, TZA_TXT)], 'EN-GB'),
  ('DUPLICATE', 'TZA', 'I', 'H.E. Dr. Joseph Kasimu Mrema',
   'resend of the on-time mail 57 (quoted under an Outlook From:/Sent: block), itself received after the deadline (5 Dec 09:31 CET): a repeat, not a new late request'),
  stamp=cet('2024-12-05 09:31:40'), cc=CC_FR, clang='en-GB',
  extra=[('In-Reply-To', 'ref:57'), ('References', 'ref:57')])

# ---- 59 / 60 International Bar Association: two identical mails, neither has a Message-ID
IBA_TXT = T("""
Dear colleagues,

The International Bar Association (IBA) would like to request a speaking slot in Segment II of the plenary on cooperation.

Speaker: Ms. Priya Raghunathan, Director, IBA International Criminal Court and International Criminal Law Programme.

Kind regards,
IBA ICC & ICL Programme
The Hague
""")
IBA_MTA = postfix('mail.int-bar.org', '185.132.180.40', '185.132.180.77', sel='iba')
for n, st, exp in ((59, '2024-12-03 14:10:05', ('INSCRIBE', 'no Message-ID header (sent by a web form); mail 60 is an identical copy')),
                   (60, '2024-12-03 14:20:31', ('DUPLICATE', 'identical copy of mail 59, ten minutes later; neither has a Message-ID, so only the content shows the repeat'))):
    M(n, 'iba', D, 'en',
      ('IBA ICC Programme', 'icc.programme@int-bar.org'),
      [(None, MBOX)], 'IBA - request to speak - plenary on cooperation',
      'roundcube', IBA_MTA, ('plain', [('text', IBA_TXT)], 'UTF-8', '7bit'),
      (exp[0], 'International Bar Association', 'II', 'Ms. Priya Raghunathan', exp[1]),
      stamp=cet(st), tzh=1, cc=CC_FR, mid=False,
      extra=[('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')])

# ---- 61 Malawi: reuses the Message-ID of mail 55 (Uganda) with different content
M(61, 'mwi', D, 'en',
  ('Malawi Embassy Brussels', 'malawi.embassy.bxl@foreignaffairs.gov.mw'),
  [(None, MBOX)], 'Malawi - speakers list - plenary on cooperation',
  'exch', exch('mail.foreignaffairs.gov.mw', '41.87.6.35', 'mfa.local'),
  ('oalt', [('text', T("""
Dear Sir/Madam,

The Republic of Malawi wishes to be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Malawi will be represented by H.E. Mr. Chikondi Banda Phiri, Ambassador.

Yours faithfully,
Embassy of the Republic of Malawi
Brussels
"""))], 'EN-GB'),
  ('HOLD', 'MWI', 'I', 'H.E. Mr. Chikondi Banda Phiri',
   'Message-ID identical to mail 55 (Uganda) but different sender and content: not a duplicate, but the id collision needs a check before inscribing'),
  stamp=cet('2024-12-03 12:48:19'), cc=CC_FR, mid='ref:55', clang='en-GB')

# ---- 62 / 63 Namibia: the same message (same Message-ID) delivered twice - directly and via the French redirect
NAM_TXT = T("""
Dear colleagues,

Namibia would like to take the floor in Segment II of the plenary on cooperation.

Speaker: Ms. Ndapewa Shikongo, First Secretary, Embassy of the Republic of Namibia.

Kind regards,
Embassy of the Republic of Namibia
Brussels
""")
NAM_MTA = exch('mail.mirco.gov.na', '196.216.33.12', 'mirco.local')


def nam_redirect(rng, m):
    top = cet('2024-12-03 10:00:41')
    fr = dict(kind='postfix', host='smtp1.diplomatie.gouv.fr', rdns='smtp1.diplomatie.gouv.fr', ip='193.105.125.13',
              sel='maedi2022', dmarc='REJECT')
    srs = 'SRS0=pQ7c=T6=mirco.gov.na=nam.embassy.bxl@diplomatie.gouv.fr'
    H = google_top(rng, top)
    H += arc(rng, int(top.timestamp()), fr, srs, 'mirco.gov.na')
    H += [('Return-Path', '<%s>' % srs),
          ('Received', mx_line(rng, fr, top)),
          ('Received-SPF', 'pass (google.com: domain of %s designates 193.105.125.13 as permitted sender) '
           'client-ip=193.105.125.13;' % srs),
          ('Authentication-Results', 'mx.google.com;\n' + auth_lines(rng, fr, srs, 'mirco.gov.na')),
          ('Received', 'from mta-in2.diplomatie.gouv.fr (mta-in2.diplomatie.gouv.fr [10.190.4.22])\n'
           '\tby smtp1.diplomatie.gouv.fr (Postfix) with ESMTP id 4Y2qHt1Vb9z3Cd;\n\tTue,  3 Dec 2024 10:00:40 +0100 (CET)'),
          ('X-Original-To', FRJ),
          ('Delivered-To', FRJ),
          ('Received', 'from mail.mirco.gov.na (mail.mirco.gov.na [196.216.33.12])\n\tby mta-in2.diplomatie.gouv.fr (Postfix) '
           'with ESMTPS id 4Y2qHs4GkWz2Rf\n\tfor <%s>; Tue,  3 Dec 2024 10:00:39 +0100 (CET)' % FRJ),
          dkim(rng, 'mirco.gov.na', 'mail', int(top.timestamp())),
          ('Received', 'from EXMBX02.mirco.local (10.20.1.12) by mail.mirco.gov.na (196.216.33.12)\n with Microsoft SMTP Server '
           '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; Tue, 3 Dec 2024 10:00:02 +0100')]
    return H


M(62, 'nam', D, 'en',
  ('Namibia Embassy Brussels', 'nam.embassy.bxl@mirco.gov.na'),
  [(None, MBOX)], 'Namibia - Segment II - plenary on cooperation',
  'exch', NAM_MTA, ('plain', [('text', NAM_TXT)], 'us-ascii', '7bit'),
  ('INSCRIBE', 'NAM', 'II', 'Ms. Ndapewa Shikongo', 'first delivery of the Namibian message (mail 63 is the same message again)'),
  stamp=cet('2024-12-03 10:00:05'), date=at('2024-12-03 10:00:01', 1), cc=CC_FR,
  mid='<6c1f0e9a2b7d4f38a5e1c3d9b0f27e64@mirco.gov.na>')
M(63, 'nam', D, 'en',
  ('Namibia Embassy Brussels', 'nam.embassy.bxl@mirco.gov.na'),
  [(None, MBOX)], 'Namibia - Segment II - plenary on cooperation',
  'exch', NAM_MTA, ('plain', [('text', NAM_TXT)], 'us-ascii', '7bit'),
  ('DUPLICATE', 'NAM', 'II', 'Ms. Ndapewa Shikongo',
   'the very same message as mail 62 (same Message-ID, Date and content), delivered a second time through the French legal service\'s redirect (SRS)'),
  stamp=cet('2024-12-03 10:00:41'), date=at('2024-12-03 10:00:01', 1), cc=CC_FR, trace=nam_redirect, mid='ref:62')

# ---- 64 / 65 Honduras: embassy request, then the ministry sends the same request in its own words
M(64, 'hnd', D, 'es',
  ('Embajada de Honduras en los Países Bajos', 'embhonduras.nl@sreci.gob.hn'),
  [(None, MBOX)], 'Honduras - Segmento I - sesión plenaria sobre cooperación',
  'o365', o365('NAM10-BN7-obe.outbound.protection.outlook.com', 'mail-bn7nam10on2110.outbound.protection.outlook.com',
               '40.107.92.110', 'SA1PR10MB5841', 'namprd10'),
  ('ohtml', [('text', T("""
Estimados señores:

La Embajada de la República de Honduras en el Reino de los Países Bajos solicita la inscripción de Honduras en la lista de oradores del Segmento I de la sesión plenaria sobre cooperación.

Oradora: Excma. Sra. Gabriela Funes Zelaya, Embajadora.

Atentamente,
Embajada de Honduras
La Haya
"""))], 'ES-HN'),
  ('INSCRIBE', 'HND', 'I', 'Excma. Sra. Gabriela Funes Zelaya', 'first Honduran request, from the Embassy (mail 65 is the same request from the Ministry)'),
  stamp=cet('2024-12-02 16:20:14'), cc=CC_FR, clang='es-HN')
M(65, 'hnd', D, 'es',
  ('Dirección de Política Exterior - SRECI', 'politicaexterior@sreci.gob.hn'),
  [(None, MBOX)], 'Participación de Honduras - plenaria sobre cooperación CPI',
  'zimbra', dict(postfix('correo.sreci.gob.hn', '190.5.104.33', '190.5.104.90', zone='CST'), tz=TZ(-6)),
  ('plain', [('text', T("""
Estimados colegas:

Por instrucciones superiores, la Secretaría de Relaciones Exteriores y Cooperación Internacional de la República de Honduras solicita que Honduras sea incluida entre los oradores del Segmento I ("La cooperación es vital para la Corte"). Intervendrá la Excma. Sra. Gabriela Funes Zelaya, Embajadora de Honduras en los Países Bajos.

Saludos cordiales,
Dirección General de Política Exterior
Tegucigalpa, M.D.C.
"""))], 'utf-8', 'quoted-printable'),
  ('DUPLICATE', 'HND', 'I', 'Excma. Sra. Gabriela Funes Zelaya',
   'same participant, segment and speaker as mail 64 but sent by the Ministry in Tegucigalpa, in different words, with its own Message-ID'),
  stamp=cet('2024-12-03 15:44:37'), tzh=-6, cc=CC_FR)

# ---- 66 / 67 REDRESS: HTML-only request, then a plain-text resend quoting it
REDRESS_TXT = T("""
Dear colleagues,

REDRESS would be grateful for the opportunity to speak in Segment II of the plenary on cooperation.

Our speaker will be Ms. Charlotte Ainsworth-Bell, Legal Adviser.

With best wishes,
Charlotte Ainsworth-Bell
REDRESS | London
""")
REDRESS_MTA = o365('GBR01-LO2-obe.outbound.protection.outlook.com', 'mail-lo2gbr01on2098.outbound.protection.outlook.com',
                   '40.107.10.98', 'LO2P265MB6037', 'GBRP265')
M(66, 'redress', D, 'en',
  ('Charlotte Ainsworth-Bell', 'charlotte@redress.org'),
  [(None, MBOX)], 'REDRESS - request to speak - cooperation plenary',
  'o365', REDRESS_MTA, ('ohtml', [('text', REDRESS_TXT)], 'EN-GB'),
  ('INSCRIBE', 'REDRESS', 'II', 'Ms. Charlotte Ainsworth-Bell', 'first request, Outlook HTML only (mail 67 resends it)'),
  stamp=cet('2024-11-29 12:00:48'), cc=CC_FR, clang='en-GB')
M(67, 'redress', D, 'en',
  ('Charlotte Ainsworth-Bell', 'charlotte@redress.org'),
  [(None, MBOX)], 'RE: REDRESS - request to speak - cooperation plenary',
  'o365', REDRESS_MTA, ('plain', [('text', T("""
Dear colleagues,

Just resending my message of Friday below, in case it went astray.

Best,
Charlotte
""")), ('ohdr', T("""
From: Charlotte Ainsworth-Bell <charlotte@redress.org>
Sent: 29 November 2024 11:00
To: iccaspcoperation@gmail.com
Cc: juridique.la-haye-amba@diplomatie.gouv.fr
Subject: REDRESS - request to speak - cooperation plenary
"""), REDRESS_TXT)], 'us-ascii', '7bit'),
  ('DUPLICATE', 'REDRESS', 'II', 'Ms. Charlotte Ainsworth-Bell',
   'plain-text resend that replies to mail 66 (In-Reply-To) and quotes it; same request, new Message-ID'),
  stamp=cet('2024-12-02 09:15:22'), cc=CC_FR, clang='en-GB',
  extra=[('In-Reply-To', 'ref:66'), ('References', 'ref:66')])


# ======================================================================= main
def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    rows, by_n = [], {}
    for m in MAILS:
        by_n[m['n']] = m
    for m in MAILS:
        fn = build(m, by_n)
        m['_fn'] = fn
        exp, part, seg, spk, note = m['exp']
        rows.append('\t'.join([fn, exp, part, seg, spk, note]))
    with open(os.path.join(HERE, 'expected.tsv'), 'w', encoding='utf-8') as f:
        f.write('# file\texpected\tparticipant\tsegment\tspeaker\tnote\n')
        f.write('\n'.join(rows) + '\n')
    print('wrote %d mails + expected.tsv' % len(MAILS))
    outcomes = ['INSCRIBE', 'HOLD', 'LATE', 'DUPLICATE']
    print('%-10s %5s  %s' % ('class', 'mails', '  '.join('%-9s' % o for o in outcomes)))
    for c in (R, S, D):
        ms = [m for m in MAILS if m['cls'] == c]
        print('%-10s %5d  %s' % (c, len(ms), '  '.join('%-9d' % sum(1 for m in ms if m['exp'][0] == o) for o in outcomes)))
    print('%-10s %5d  %s' % ('total', len(MAILS), '  '.join('%-9d' % sum(1 for m in MAILS if m['exp'][0] == o)
                                                             for o in outcomes)))


if __name__ == '__main__':
    main()

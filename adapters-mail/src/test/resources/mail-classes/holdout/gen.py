#!/usr/bin/env python3
"""Generate the HELD-OUT set of registration e-mails for the speakers' list of the
ASP23 plenary on cooperation (The Hague, 5 December 2024, 15:00-17:00 CET),
plus expected.tsv (a careful Secretariat officer's reading of each mail).

Standard library only.  Deterministic: every random id is drawn from a generator
seeded with the file name.  File numbers follow the receipt order (the top
mx.google.com stamp), so a resend, a change or a withdrawal always comes after
the request it refers to.  Run:  python3 gen.py
It rewrites every *.eml and expected.tsv in the folder this script lives in.

The header, Received-chain and MIME helpers are adapted from the mail-dev
generator; people, texts and scenarios are new.
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
        "<< /Title (%s) /Producer (Microsoft: Print To PDF) /CreationDate (D:20241121161207+01'00') >>" % pe(title),
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
        cs = spec[3] if len(spec) > 3 and spec[3] else pick_cs(plain_of(segs))
        cte = spec[4] if len(spec) > 4 else 'quoted-printable'
        return leaf('text/html', outlook_html(segs, cs, lang), cs, cte, html=True)
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


def M(slug, lang, stamp, frm, to, subject, client, mta, body, exp, cc=(), tzh=1.0, date=None,
      delay=None, env=None, extra=(), eol='crlf', mid=None, forged=None, lower=None, attach=False,
      clang=None, desc='', pre=(), zone='', seed=None):
    d = dict(locals())
    d['order'] = cet(stamp)
    d['rawhdrs'] = None
    MAILS.append(d)


def RAW(slug, lang, order, headers, body, exp, eol='crlf', desc=''):
    """a mail whose complete header list is given (e.g. a Google-generated DSN)"""
    MAILS.append(dict(slug=slug, lang=lang, order=cet(order), rawhdrs=headers, body=body, exp=exp,
                      eol=eol, desc=desc))


def build(m):
    fn = '%02d_%s.eml' % (m['n'], m['slug'])
    rng = random.Random('holdout/' + fn)
    if m['rawhdrs'] is not None:
        hdrs = m['rawhdrs'](rng) if callable(m['rawhdrs']) else m['rawhdrs']
        raw = ''.join('%s: %s\n' % kv for kv in hdrs) + '\n' + m['body']
        if m['eol'] == 'crlf':
            raw = raw.replace('\r\n', '\n').replace('\n', '\r\n')
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(raw.encode('utf-8'))
        return fn
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
    H += list(m['pre'])
    if m['seed']:                 # a redirected copy: same client headers and MIME boundaries as the original
        rng = random.Random(m['seed'])
    frm = m['frm']
    if client == 'daemon':
        H.append(('From', '%s (%s)' % (frm[1], frm[0])))
    else:
        H.append(('From', h_addr1(frm[0], frm[1], style)))
    H.append(('To', h_addrs(m['to'], style)))
    if m['cc']:
        H.append(('CC' if style == 'outlook' else 'Cc', h_addrs(m['cc'], style)))
    H.append(('Subject', h_text(m['subject'], style)))
    zone = m['zone']
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



# ====================================================================== texts
INV_SUBJ = ('ASP23 | Plenary session on cooperation, 5 December 2024 - registration of speakers / '
            'Séance plénière sur la coopération - inscription des orateurs')
INV_MID = '<DB9PR02MB7364A1C52E0F4B8D9E3F27C6B5A49@DB9PR02MB7364.eurprd02.prod.outlook.com>'

INV = T("""
Excellencies, dear colleagues,

The Secretariat of the Assembly of States Parties, on behalf of the co-facilitators for cooperation (France and Senegal), has the honour to announce that the plenary session on cooperation of the twenty-third session of the Assembly will take place on Thursday, 5 December 2024, from 15:00 to 17:00, at the World Forum, The Hague.

Programme:
- Segment I: "Cooperation is vital for the Court" - high-level political statements (15:00-16:00)
- Segment II: "How can States Parties strengthen their support to the Court with existing tools?" - technical interventions (16:00-17:00), guided by three questions: How does ratification of the APIC protect the Court? How can the ICC's tools be used to facilitate cooperation between States Parties and the Court? How can States support the Court's efforts to track persons subject to arrest warrants?

States Parties, observer States, international organisations and civil society organisations wishing to take the floor are kindly requested to write to iccaspcoperation@gmail.com, copying juridique.la-haye-amba@diplomatie.gouv.fr, no later than Wednesday, 4 December 2024 (midnight, The Hague time), specifying ONE segment and the name and title of the speaker. Each participant may take the floor only once, for a maximum of two minutes. Speakers will be inscribed in the order in which requests are received.

---

Excellences, chers collègues,

Le Secrétariat de l'Assemblée des États Parties, au nom des co-facilitateurs pour la coopération (France et Sénégal), a l'honneur d'annoncer que la séance plénière sur la coopération de la vingt-troisième session de l'Assemblée se tiendra le jeudi 5 décembre 2024, de 15 h à 17 h, au World Forum, à La Haye.

Programme :
- Segment I : « La coopération est vitale pour la Cour » - déclarations politiques de haut niveau (15 h-16 h)
- Segment II : « Comment les États Parties peuvent-ils renforcer leur soutien à la Cour avec les outils existants ? » - interventions techniques (16 h-17 h)

Les participants souhaitant prendre la parole sont priés d'écrire à iccaspcoperation@gmail.com, avec copie à juridique.la-haye-amba@diplomatie.gouv.fr, au plus tard le mercredi 4 décembre 2024 (minuit, heure de La Haye), en précisant UN segment ainsi que le nom et le titre de l'orateur. Une seule intervention de deux minutes au maximum par participant.

Secretariat of the Assembly of States Parties
International Criminal Court - Oude Waalsdorperweg 10, 2597 AK The Hague
""")

HDR_EN = T("""
From: ASP Secretariat <asp@icc-cpi.int>
Sent: Thursday, November 21, 2024 10:42 AM
To: ASP Secretariat <asp@icc-cpi.int>
Subject: %s
""") % INV_SUBJ

NB = '\u00a0'
HDR_FR = ('De%s: ASP Secretariat <asp@icc-cpi.int>\n'
          'Envoyé%s: jeudi 21 novembre 2024 10:42\n'
          'À%s: ASP Secretariat <asp@icc-cpi.int>\n'
          'Objet%s: %s') % (NB, NB, NB, NB, INV_SUBJ)

HDR_ES = T("""
De: ASP Secretariat <asp@icc-cpi.int>
Enviado el: jueves, 21 de noviembre de 2024 10:42
Para: ASP Secretariat <asp@icc-cpi.int>
Asunto: %s
""") % INV_SUBJ

ATTR_PT = 'Em qui., 21 de nov. de 2024 às 10:42, ASP Secretariat <asp@icc-cpi.int> escreveu:'
REPLY_EXTRA = [('In-Reply-To', INV_MID), ('References', INV_MID)]

ICC = dict(region='EUR02-AM0-obe.outbound.protection.outlook.com',
           rdns='mail-am0eur02on2089.outbound.protection.outlook.com', ip='40.107.247.89')


def icc(mbx):
    return o365(ICC['region'], ICC['rdns'], ICC['ip'], mbx, 'eurprd02')


GMAIL = gsend('mail-sor-f41.google.com', '209.85.220.41', sel='20230601', dmarc='NONE')
GWS = gsend('mail-wr1-f52.google.com', '209.85.221.52', sel='google', dmarc='NONE')
FR_MTA = dict(postfix('mx-out.diplomatie.gouv.fr', '193.51.190.46', '10.20.4.17'), sel='dipl2024', dmarc='REJECT')
SEC_ACK = 'Acknowledgement of receipt'


# ====================================================================== mails
# Numbers are assigned at the end by sorting on the receipt stamp (CET), so that the
# file order is the mailbox order: a resend or a change always follows its original.

# ---------------------------------------------------------------- Kenya (NV, HTML-only QP)
KEN_MTA = exch('mail.mfa.go.ke', '197.248.6.34', 'mfa.local')
M('ken', 'en', '2024-11-21 14:05:33',
  ('Kenya Embassy The Hague - Legal', 'legal.thehague@mfa.go.ke'),
  [(None, MBOX)], 'Note Verbale - Kenya - Speakers List, Plenary on Cooperation (ASP23)',
  'exch', KEN_MTA,
  ('ohtml', [('text', T("""
KEH/LEG/ICC/17/2024

The Embassy of the Republic of Kenya in The Hague presents its compliments to the Secretariat of the Assembly of States Parties to the Rome Statute and, with reference to the invitation of 21 November 2024, has the honour to request that the Republic of Kenya be placed on the list of speakers for the high-level political segment (Segment I) of the plenary session on cooperation on Thursday, 5 December 2024.

Kenya's statement will be delivered by H.E. Amb. Josephine Wairimu Ndung'u, Ambassador and Permanent Representative of the Republic of Kenya to the International Criminal Court.

The Embassy of the Republic of Kenya avails itself of this opportunity to renew to the Secretariat the assurances of its highest consideration.

The Hague, 21st November 2024

Secretariat of the Assembly of States Parties
International Criminal Court
THE HAGUE
"""))], 'EN-GB', 'us-ascii'),
  ('INSCRIBE', 'KEN', 'I', "H.E. Amb. Josephine Wairimu Ndung'u", 'note verbale in the body; Outlook HTML-only QP; segment named as "high-level political segment (Segment I)"'),
  cc=[(None, FRJ)], clang='en-GB', desc='Kenya, note verbale, Segment I')

# ---------------------------------------------------------------- Presidency (French)
M('icc-presidency', 'fr', '2024-11-21 16:40:12',
  ('Okafor-Lemaire Adaeze', 'adaeze.okafor-lemaire@icc-cpi.int'),
  [(None, MBOX)], 'Présidence de la CPI – inscription – plénière sur la coopération',
  'o365', icc('AS8PR02MB6631'),
  ('oalt', [('text', T("""
Chers collègues,

La Présidence de la Cour pénale internationale souhaite être inscrite sur la liste des orateurs du segment I (« La coopération est vitale pour la Cour ») de la séance plénière du 5 décembre 2024.

La Présidence sera représentée par Mme la Juge Solveig Marthinsen-Adu, Présidente de la Cour.

Bien cordialement,

Adaeze Okafor-Lemaire
Chef de cabinet adjointe | Deputy Chef de Cabinet
Présidence | Presidency
Cour pénale internationale | International Criminal Court
"""))], 'FR'),
  ('INSCRIBE', 'Presidency', 'I', 'Mme la Juge Solveig Marthinsen-Adu', 'organ of the Court writing in French from icc-cpi.int'),
  cc=[(None, FRJ)], clang='fr-FR', desc='ICC Presidency, French, Segment I')

# ---------------------------------------------------------------- Chile (NV HTML-only iso-8859-1 + PDF copy)
CHL_NV = T("""
NOTA N.° 212/2024

La Embajada de Chile en el Reino de los Países Bajos saluda atentamente a la Secretaría de la Asamblea de los Estados Partes en el Estatuto de Roma de la Corte Penal Internacional y tiene el honor de solicitar la inscripción de Chile en la lista de oradores del Segmento I ("La cooperación es vital para la Corte") de la sesión plenaria sobre cooperación, que tendrá lugar el 5 de diciembre de 2024.

Chile estará representado por el Excmo. Sr. Rodrigo Fuenzalida Prat, Embajador de Chile en el Reino de los Países Bajos y Representante Permanente ante la Corte Penal Internacional.

La Embajada de Chile hace propicia la oportunidad para reiterar a la Secretaría de la Asamblea de los Estados Partes las seguridades de su más alta y distinguida consideración.

La Haya, 22 de noviembre de 2024
""")
CHL_PDF = make_pdf(['EMBAJADA DE CHILE - LA HAYA', '', 'NOTA N. 212/2024', '',
                    'La Embajada de Chile en el Reino de los Paises Bajos saluda atentamente a la Secretaria',
                    'de la Asamblea de los Estados Partes y tiene el honor de solicitar la inscripcion de Chile',
                    'en la lista de oradores del Segmento I de la sesion plenaria sobre cooperacion (5.12.2024).',
                    '', 'Orador: Excmo. Sr. Rodrigo Fuenzalida Prat, Embajador.', '', 'La Haya, 22 de noviembre de 2024'],
                   'Nota 212-2024')
M('chl', 'es', '2024-11-22 09:12:48',
  ('Embajada de Chile en los Países Bajos', 'echile.paisesbajos@minrel.gob.cl'),
  [(None, MBOX)], 'Nota N.° 212/2024 - Inscripción de Chile - Plenaria sobre cooperación',
  'exch', exch('correo.minrel.gob.cl', '164.77.204.12', 'minrel.local', dmarc='REJECT'),
  ('mixed', ('ohtml', [('text', 'Señores Secretaría AEP:\n\nSe adjunta y se transcribe a continuación la Nota N.° 212/2024.\n\n' + CHL_NV)],
             'ES-CL', 'iso-8859-1'),
   [('Nota 212-2024.pdf', CHL_PDF, 'application/pdf',
     ' creation-date="Thu, 21 Nov 2024 16:12:07 GMT";\n modification-date="Fri, 22 Nov 2024 08:12:40 GMT"')]),
  ('INSCRIBE', 'CHL', 'I', 'Excmo. Sr. Rodrigo Fuenzalida Prat',
   'Spanish note verbale transcribed in an Outlook HTML-only QP iso-8859-1 body, with the same note attached as PDF'),
  cc=[(None, FRJ)], attach=True, clang='es-CL', desc='Chile, note verbale (body + PDF), Segment I')

# ---------------------------------------------------------------- Benin on behalf of the African Group
M('ben', 'fr', '2024-11-22 11:30:05',
  ('Ambassade du Bénin - Service juridique', 'juridique.ambabenin-bxl@diplomatie.gouv.bj'),
  [(None, MBOX)], 'Déclaration au nom du Groupe africain - Segment I - plénière sur la coopération',
  'osmtp', postfix('smtp.diplomatie.gouv.bj', '41.138.90.21', '41.138.90.30', sel='mail'),
  ('oalt', [('text', T("""
Madame, Monsieur,

En sa qualité de coordonnateur du Groupe des États d'Afrique parties au Statut de Rome pour la présente session, le Bénin a l'honneur de solliciter son inscription sur la liste des orateurs du Segment I de la séance plénière sur la coopération, afin d'y prononcer une déclaration au nom du Groupe africain.

La déclaration sera prononcée par S.E. M. Gildas Codjo Houngbédji, Ambassadeur de la République du Bénin auprès du Royaume de Belgique et du Royaume des Pays-Bas.

Veuillez agréer, Madame, Monsieur, l'assurance de notre considération distinguée.

Service juridique
Ambassade de la République du Bénin
Bruxelles
"""))], 'FR'),
  ('INSCRIBE', 'BEN', 'I', 'S.E. M. Gildas Codjo Houngbédji',
   'group statement on behalf of the African Group; the participant is the sender, Benin'),
  cc=[(None, FRJ)], clang='fr-FR', desc='Benin on behalf of the African Group, Segment I')

# ---------------------------------------------------------------- Brazil (nota verbal, Outlook)
BRA_MTA = exch('smtp.itamaraty.gov.br', '189.9.32.205', 'mre.local', dmarc='REJECT')
M('bra', 'pt', '2024-11-22 15:47:19',
  ('Embaixada do Brasil na Haia - Setor Jurídico', 'juridico.haia@itamaraty.gov.br'),
  [(None, MBOX)], 'Nota verbal nº 88 - Brasil - Sessão plenária sobre cooperação - Segmento I',
  'exch', BRA_MTA,
  ('oalt', [('text', T("""
Nota nº 88

A Embaixada da República Federativa do Brasil na Haia cumprimenta atenciosamente o Secretariado da Assembleia dos Estados Partes do Estatuto de Roma e tem a honra de solicitar a inscrição do Brasil na lista de oradores do Segmento I ("A cooperação é vital para o Tribunal") da sessão plenária sobre cooperação, a realizar-se em 5 de dezembro de 2024.

O Brasil será representado por Sua Excelência o Senhor Embaixador Fernando Cavalcanti Régis, Embaixador do Brasil junto ao Reino dos Países Baixos.

A Embaixada da República Federativa do Brasil aproveita a oportunidade para renovar ao Secretariado os protestos de sua mais alta consideração.

Haia, em 22 de novembro de 2024.
"""))], 'PT-BR'),
  ('INSCRIBE', 'BRA', 'I', 'Sua Excelência o Senhor Embaixador Fernando Cavalcanti Régis', 'Portuguese note verbale in the body; Outlook multipart/alternative'),
  cc=[(None, FRJ)], clang='pt-BR', desc='Brazil, nota verbal, Segment I')

# ---------------------------------------------------------------- United Kingdom (terse, iPhone)
M('gbr', 'en', '2024-11-25 10:03:27',
  ('Harriet Okonjo-Blake', 'harriet.okonjo-blake@fcdo.gov.uk'),
  [(None, MBOX)], 'UK - coop plenary',
  'iphone', o365('GBR01-LO2-obe.outbound.protection.outlook.com', 'mail-lo2gbr01on2118.outbound.protection.outlook.com',
                 '40.107.20.118', 'LO4P123MB6621', 'GBRP123'),
  ('plain', [('text', T("""
Hi both,

UK would like to speak in Seg 2 of the cooperation plenary on Thurs 5/12.

Speaker: Ms Harriet Okonjo-Blake, Legal Counsellor, British Embassy The Hague

Thanks!
Harriet

Sent from my iPhone
"""))], 'us-ascii', '7bit', 'apple'),
  ('INSCRIBE', 'GBR', 'II', 'Ms Harriet Okonjo-Blake', 'terse iPhone mail; segment written "Seg 2"'),
  cc=[(None, FRJ)], desc='United Kingdom, terse iPhone, "Seg 2"')

# ---------------------------------------------------------------- Ghana + The Gambia joint, two speakers
M('gha', 'en', '2024-11-25 12:20:41',
  ('Ghana Embassy The Hague', 'info.thehague@mfa.gov.gh'),
  [(None, MBOX)], 'Joint statement Ghana / The Gambia - Plenary on Cooperation',
  'roundcube', postfix('webmail.mfa.gov.gh', '41.204.44.10', '41.204.44.17', zone='GMT', sel='mfa'),
  ('plain', [('text', T("""
Dear Secretariat,

Ghana and The Gambia would like to register a joint statement for Segment I of the plenary on cooperation.

The joint statement will be delivered in two parts of one minute each:
- H.E. Mrs. Akosua Mensah-Bonsu, Ambassador of the Republic of Ghana;
- Mr. Lamin K. Jallow, Counsellor, Embassy of the Republic of The Gambia in Brussels.

Kindly confirm the arrangement.

Yours faithfully,
Kwabena Asare-Darko
Minister-Counsellor
Embassy of the Republic of Ghana, The Hague
"""))], 'us-ascii', '7bit', 'bare', '; format=flowed'),
  ('HOLD', 'GHA', 'I', '-',
   'joint statement of two States (Ghana and The Gambia) split between two speakers; not one participant and one speaker'),
  cc=[(None, FRJ), ('Embassy of The Gambia', 'gambiaembassy.brussels@mofa.gov.gm')], tzh=0, eol='lf',
  desc='Ghana and The Gambia joint statement, two speakers')

# ---------------------------------------------------------------- Comoros (terse, Thunderbird iso-8859-1 QP)
COM_MTA = postfix('mail.mirex.gouv.km', '197.255.230.14', '197.255.230.20', sel='km')
M('com', 'fr', '2024-11-25 15:55:02',
  ('Saïd Ahmed Mmadi', 's.mmadi@mirex.gouv.km'),
  [(None, MBOX)], 'Comores - segment II',
  'tbird', COM_MTA,
  ('plain', [('text', T("""
Bonjour,

Les Comores souhaitent s'inscrire pour le segment II (interventions techniques) de la plénière sur la coopération du 5 décembre.

Orateur : M. Saïd Ahmed Mmadi, Premier secrétaire, Ambassade de l'Union des Comores à Bruxelles

Cordialement,
Saïd Ahmed Mmadi
"""))], 'iso-8859-1', 'quoted-printable', 'std', '; format=flowed'),
  ('INSCRIBE', 'COM', 'II', 'M. Saïd Ahmed Mmadi', 'terse French; Thunderbird text/plain iso-8859-1 quoted-printable'),
  cc=[(None, FRJ)], clang='fr', desc='Comoros, terse, iso-8859-1 QP, Segment II')

# ---------------------------------------------------------------- CPLP (IGO, Portuguese)
M('cplp', 'pt', '2024-11-25 17:10:36',
  ('Gabinete do Secretário Executivo - CPLP', 'gse@cplp.org'),
  [(None, MBOX)], 'CPLP - pedido de inscrição - sessão plenária sobre cooperação',
  'o365', o365('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on2097.outbound.protection.outlook.com',
               '40.107.22.97', 'PA4PR05MB9012', 'eurprd05'),
  ('oalt', [('text', T("""
Exmos. Senhores,

A Comunidade dos Países de Língua Portuguesa (CPLP) tem a honra de solicitar a sua inscrição na lista de oradores do Segmento I da sessão plenária sobre cooperação da 23.ª sessão da Assembleia dos Estados Partes, no dia 5 de dezembro.

A CPLP será representada por Sua Excelência o Embaixador Jorge Mendes Lopes Borges, Diretor-Geral do Secretariado Executivo.

Com os melhores cumprimentos,

Gabinete do Secretário Executivo
Comunidade dos Países de Língua Portuguesa
Rua de São Caetano, 32 - Lisboa
"""))], 'PT'),
  ('INSCRIBE', 'CPLP', 'I', 'Sua Excelência o Embaixador Jorge Mendes Lopes Borges',
   'international organisation (Community of Portuguese Language Countries); Portuguese'),
  cc=[(None, FRJ)], clang='pt-PT', desc='CPLP, Portuguese IGO, Segment I')

# ---------------------------------------------------------------- Ireland (reply quoting the invitation)
IRL_MTA = o365('EUR05-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur05on2091.outbound.protection.outlook.com',
               '40.107.21.91', 'DB8PR05MB6412', 'eurprd05')
M('irl', 'en', '2024-11-26 09:25:14',
  ('Aoife Ní Dhonnchadha', 'aoife.nidhonnchadha@dfa.ie'),
  [(None, MBOX)], 'RE: ' + INV_SUBJ,
  'o365', IRL_MTA,
  ('oalt', [('text', T("""
Dear colleagues,

Ireland would be grateful to be added to the speakers' list for Segment II.

Our intervention will be delivered by Mr. Cathal Ó Briain, Legal Adviser, Embassy of Ireland, The Hague.

Many thanks,
Aoife

Aoife Ní Dhonnchadha
Second Secretary | Embassy of Ireland | The Hague
""")), ('ohdr', HDR_EN, INV)], 'EN-IE'),
  ('INSCRIBE', 'IRL', 'II', 'Mr. Cathal Ó Briain', 'Outlook reply quoting the bilingual invitation, which names both segments'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, clang='en-IE', desc='Ireland, reply quoting the invitation, Segment II')

# ---------------------------------------------------------------- Uruguay (Spanish reply, typo "Segmeto")
M('ury', 'es', '2024-11-26 11:02:57',
  ('Lucía Berrutti', 'lucia.berrutti@mrree.gub.uy'),
  [(None, MBOX)], 'RE: ' + INV_SUBJ,
  'exch', exch('correo.mrree.gub.uy', '200.40.220.75', 'mrree.local'),
  ('oalt', [('text', T("""
Estimados colegas:

Por la presente, la Embajada de la República Oriental del Uruguay en el Reino de los Países Bajos solicita inscribir a Uruguay en la lista de oradores del Segmeto II de la plenaria sobre cooperación.

Hará uso de la palabra la Sra. Lucía Berrutti Olivera, Ministra Consejera.

Saludos cordiales,

Lucía Berrutti Olivera
Ministra Consejera
Embajada del Uruguay - La Haya
""")), ('ohdr', HDR_ES, INV)], 'ES-UY'),
  ('INSCRIBE', 'URY', 'II', 'Sra. Lucía Berrutti Olivera',
   'Spanish Outlook reply (De:/Enviado el:) quoting the invitation; typo "Segmeto II"'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, tzh=1, clang='es-UY', desc='Uruguay, reply with typo, Segment II')

# ---------------------------------------------------------------- Office of the Prosecutor
M('icc-otp', 'en', '2024-11-26 14:18:09',
  ('Sana Qureshi-Fontaine', 'sana.qureshi-fontaine@icc-cpi.int'),
  [(None, MBOX)], 'OTP - request to take the floor - Plenary on Cooperation, Segment II',
  'o365', icc('AM9PR02MB7718'),
  ('oalt', [('text', T("""
Dear colleagues,

The Office of the Prosecutor kindly requests to be inscribed on the list of speakers for Segment II of the plenary on cooperation (5 December 2024).

The Office will be represented by Deputy Prosecutor Amadou Sarr Ndiaye, who will address in particular the Office's tools to support national authorities in tracking persons subject to arrest warrants.

Kind regards,

Sana Qureshi-Fontaine
Cooperation Adviser | International Cooperation Section
Jurisdiction, Complementarity and Cooperation Division
Office of the Prosecutor | International Criminal Court
"""))], 'EN-GB'),
  ('INSCRIBE', 'Office of the Prosecutor', 'II', 'Deputy Prosecutor Amadou Sarr Ndiaye', 'organ of the Court; staff member writing from icc-cpi.int'),
  cc=[(None, FRJ)], clang='en-GB', desc='Office of the Prosecutor, Segment II')

# ---------------------------------------------------------------- Uganda (both segments)
M('uga', 'en', '2024-11-26 16:44:30',
  ('Uganda Embassy Brussels', 'ugembassy.brussels@mofa.go.ug'),
  [(None, MBOX)], 'Uganda - registration for the plenary on cooperation',
  'zimbra', postfix('mail.mofa.go.ug', '196.0.26.41', '196.0.26.44', zone='EAT', sel='zm'),
  ('plain', [('text', T("""
Dear Sir/Madam,

The Embassy of the Republic of Uganda in Brussels, also accredited to the Kingdom of the Netherlands, wishes to register Uganda for the plenary on cooperation as follows:

Segment I - H.E. Mr. Mwesigwa Rukundo Tumusiime, Ambassador
Segment II - Ms. Harriet Nakato Kiwanuka, Legal Officer, Ministry of Justice and Constitutional Affairs

We look forward to your confirmation.

Regards,
Chancery
Embassy of the Republic of Uganda, Brussels
"""))], 'utf-8', '7bit'),
  ('HOLD', 'UGA', '-', '-', 'two interventions requested (one per segment) but only one intervention per participant is allowed'),
  cc=[(None, FRJ)], desc='Uganda, both segments')

# ---------------------------------------------------------------- Netherlands on behalf of Benelux
M('nld', 'en', '2024-11-27 09:50:22',
  ('Jansen, Floor', 'floor.jansen@minbuza.nl'),
  [(None, MBOX)], 'Benelux statement - cooperation plenary - Segment I',
  'o365', o365('EUR03-AM7-obe.outbound.protection.outlook.com', 'mail-am7eur03on2130.outbound.protection.outlook.com',
               '40.107.105.130', 'AM9PR03MB7310', 'eurprd03'),
  ('oalt', [('text', T("""
Dear colleagues,

On behalf of Belgium, Luxembourg and the Netherlands, the Netherlands would like to register a Benelux statement for Segment I of the plenary on cooperation.

The statement will be delivered by Mr. Maarten de Kruijf, Legal Adviser of the Ministry of Foreign Affairs of the Kingdom of the Netherlands.

Kind regards,

Floor Jansen
International Law Division (DJZ/IR)
Ministry of Foreign Affairs of the Kingdom of the Netherlands
Rijnstraat 8 | 2515 XP | The Hague
"""))], 'EN-US'),
  ('INSCRIBE', 'NLD', 'I', 'Mr. Maarten de Kruijf', 'group (Benelux) statement delivered by the Netherlands; the mail names Belgium and Luxembourg'),
  cc=[(None, FRJ)], clang='nl-NL', desc='Netherlands on behalf of Benelux, Segment I')

# ---------------------------------------------------------------- Portugal (base64 UTF-8)
M('prt', 'pt', '2024-11-27 10:30:51',
  ('Inês Valadares Moura', 'ines.moura@mne.pt'),
  [(None, MBOX)], 'Portugal - inscrição - Segmento II - sessão plenária sobre cooperação',
  'tbird', postfix('smtp.mne.pt', '195.23.106.84', '10.11.3.27', sel='mne'),
  ('plain', [('text', T("""
Exmos. Senhores,

Portugal pretende intervir no Segmento II ("Como podem os Estados Partes reforçar o seu apoio ao Tribunal com os instrumentos existentes?") da sessão plenária sobre cooperação de 5 de dezembro.

Oradora: Dra. Inês Valadares Moura, Conselheira Jurídica da Embaixada de Portugal na Haia.

Com os melhores cumprimentos,
Inês Valadares Moura
Embaixada de Portugal na Haia
"""))], 'UTF-8', 'base64', 'std', '; format=flowed'),
  ('INSCRIBE', 'PRT', 'II', 'Dra. Inês Valadares Moura', 'Thunderbird text/plain in base64 (UTF-8)'),
  cc=[(None, FRJ)], clang='pt-PT', desc='Portugal, base64, Segment II')

# ---------------------------------------------------------------- Central African Republic (no segment)
M('caf', 'fr', '2024-11-27 13:15:40',
  ('Ambassade RCA Benelux', 'ambarca.benelux@gmail.com'),
  [(None, MBOX)], 'Inscription République centrafricaine',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Bonjour,

La République centrafricaine souhaite prendre la parole lors de la séance plénière sur la coopération du 5 décembre prochain.

Orateur : S.E. M. Jean-Baptiste Ngaïkoumon, Ambassadeur de la République centrafricaine auprès du Benelux.

Merci de bien vouloir confirmer.

Le Secrétariat de l'Ambassade
"""))]),
  ('HOLD', 'CAF', '-', 'S.E. M. Jean-Baptiste Ngaïkoumon', 'no segment indicated'),
  cc=[(None, FRJ)], desc='Central African Republic, no segment')

# ---------------------------------------------------------------- Guatemala (guiding question only: APIC)
M('gtm', 'es', '2024-11-27 15:02:18',
  ('Marco Antonio Ixcot Pérez', 'mixcot@minex.gob.gt'),
  [(None, MBOX)], 'Guatemala - solicitud de intervención - plenaria sobre cooperación',
  'zimbra', postfix('correo.minex.gob.gt', '190.106.200.42', '190.106.200.50', zone='CST', sel='minex'),
  ('plain', [('text', T("""
Estimados señores:

Guatemala desea intervenir en la plenaria sobre cooperación del 5 de diciembre para referirse a la pregunta sobre cómo la ratificación del Acuerdo sobre los Privilegios e Inmunidades de la Corte (APIC) protege a la Corte, ya que el Congreso de la República tiene actualmente en estudio dicho instrumento.

Orador: Lic. Marco Antonio Ixcot Pérez, Consejero, Embajada de Guatemala ante el Reino de los Países Bajos.

Atentamente,

Marco Antonio Ixcot Pérez
"""))], 'utf-8', 'quoted-printable'),
  ('INSCRIBE', 'GTM', 'II', 'Lic. Marco Antonio Ixcot Pérez',
   'segment identified only by the APIC guiding question (= Segment II); no segment number'),
  cc=[(None, FRJ)], tzh=-6, desc='Guatemala, segment only via the APIC guiding question')

# ---------------------------------------------------------------- REDRESS
M('redress', 'en', '2024-11-27 17:33:04',
  ('Priya Raghunathan', 'priya.raghunathan@redress.org'),
  [(None, MBOX)], 'REDRESS - request to speak - Segment II',
  'gws', GWS,
  ('galt', [('text', T("""
Dear Co-Chairs and Secretariat,

REDRESS respectfully requests to take the floor in Segment II of the plenary on cooperation. We would like to speak on concrete measures States can take to support the tracking of fugitives, drawing on our work with victims' groups.

Speaker: Ms. Priya Raghunathan, Legal Advisor, REDRESS

With thanks and best wishes,
Priya

--
Priya Raghunathan (she/her)
Legal Advisor | REDRESS
Ending torture, seeking justice for survivors
"""))]),
  ('INSCRIBE', 'REDRESS', 'II', 'Ms. Priya Raghunathan', 'NGO writing from its own Google Workspace domain'),
  cc=[(None, FRJ)], tzh=0, desc='REDRESS, Segment II')

# ---------------------------------------------------------------- Republic of Korea (Date +0900)
M('kor', 'en', '2024-11-28 08:41:36',
  ('PARK Jinwoo', 'jwpark@mofa.go.kr'),
  [(None, MBOX)], '[ROK] Registration - Plenary on Cooperation (Segment II)',
  'exch', exch('mail.mofa.go.kr', '211.181.248.30', 'mofa.local'),
  ('ohtml', [('text', T("""
Dear Secretariat,

The Republic of Korea would like to register for Segment II of the plenary on cooperation.

Speaker: Mr. PARK Jinwoo, Counsellor, Embassy of the Republic of Korea to the Kingdom of the Netherlands

Thank you.

Best regards,
PARK Jinwoo
"""))], 'EN-US', 'ks_c_5601-1987'),
  ('INSCRIBE', 'KOR', 'II', 'Mr. PARK Jinwoo', 'Date: header in +0900; Outlook HTML-only with charset ks_c_5601-1987 (ASCII content)'),
  cc=[(None, FRJ)], tzh=9, clang='ko-KR', desc='Republic of Korea, +0900, Segment II')

# ---------------------------------------------------------------- Registry (French)
M('icc-registry', 'fr', '2024-11-28 10:12:44',
  ('Greffe - Relations extérieures', 'registry.externalrelations@icc-cpi.int'),
  [(None, MBOX)], 'Greffe de la CPI – demande d’inscription – segment II',
  'o365', icc('AS8PR02MB8890'),
  ('oalt', [('text', T("""
Madame, Monsieur,

Le Greffe de la Cour pénale internationale souhaite être inscrit sur la liste des orateurs du segment II de la séance plénière sur la coopération.

Le Greffe sera représenté par M. Laurent Mbassa Ekotto, Greffier de la Cour, qui présentera notamment les outils mis à la disposition des États Parties pour faciliter la coopération avec la Cour.

Cordialement,

Section des relations extérieures et de la coopération avec les États
Greffe | Cour pénale internationale
"""))], 'FR'),
  ('INSCRIBE', 'Registry', 'II', 'M. Laurent Mbassa Ekotto', 'organ of the Court, French, from icc-cpi.int'),
  cc=[(None, FRJ)], clang='fr-FR', desc='ICC Registry, French, Segment II')

# ---------------------------------------------------------------- Cabo Verde (Gmail PT reply, guiding question only)
M('cpv', 'pt', '2024-11-28 11:40:26',
  ('Embaixada de Cabo Verde - Benelux', 'embcaboverde.bnl@gmail.com'),
  [(None, MBOX)], 'Re: ' + INV_SUBJ,
  'gmail', GMAIL,
  ('galt', [('text', T("""
Bom dia,

Cabo Verde deseja contribuir para o debate sobre a terceira pergunta orientadora - como apoiar os esforços do TPI para localizar pessoas objeto de mandados de detenção - e solicita, para o efeito, a sua inscrição na lista de oradores.

Orador: Dr. Hélder Spencer Lopes, Conselheiro, Embaixada de Cabo Verde em Bruxelas.

Atenciosamente,
Embaixada de Cabo Verde no Benelux
""")), ('gquote', ATTR_PT, INV)]),
  ('INSCRIBE', 'CPV', 'II', 'Dr. Hélder Spencer Lopes',
   'Gmail Portuguese reply ("Em ... escreveu:") quoting the invitation; own text names only the arrest-warrant tracking question (= Segment II)'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, desc='Cabo Verde, Gmail reply, segment only via a guiding question')

# ---------------------------------------------------------------- OTP resend (DUPLICATE)
M('icc-otp', 'en', '2024-11-28 14:27:53',
  ('Henrik Aaltonen', 'henrik.aaltonen@icc-cpi.int'),
  [(None, MBOX)], 'FW: OTP - request to take the floor - Plenary on Cooperation, Segment II',
  'o365', icc('DB8PR02MB5524'),
  ('oalt', [('text', T("""
Dear colleagues,

Re-sending the message below on behalf of my colleague Sana, in case it did not reach you (we have not received an acknowledgement). Please disregard if already registered.

Best regards,
Henrik Aaltonen
International Cooperation Section | Office of the Prosecutor
""")), ('ohdr', T("""
From: Sana Qureshi-Fontaine <sana.qureshi-fontaine@icc-cpi.int>
Sent: Tuesday, November 26, 2024 2:18 PM
To: iccaspcoperation@gmail.com
Cc: juridique.la-haye-amba@diplomatie.gouv.fr
Subject: OTP - request to take the floor - Plenary on Cooperation, Segment II
"""), T("""
Dear colleagues,

The Office of the Prosecutor kindly requests to be inscribed on the list of speakers for Segment II of the plenary on cooperation (5 December 2024).

The Office will be represented by Deputy Prosecutor Amadou Sarr Ndiaye, who will address in particular the Office's tools to support national authorities in tracking persons subject to arrest warrants.

Kind regards,
Sana Qureshi-Fontaine
"""))], 'EN-GB'),
  ('DUPLICATE', 'Office of the Prosecutor', 'II', 'Deputy Prosecutor Amadou Sarr Ndiaye',
   'resend of the OTP request by another staff member (Outlook FW:, new Message-ID)'),
  cc=[(None, FRJ), ('Sana Qureshi-Fontaine', 'sana.qureshi-fontaine@icc-cpi.int')], clang='en-GB',
  desc='Office of the Prosecutor, resend by a colleague')

# ---------------------------------------------------------------- São Tomé e Príncipe (both segments, Yahoo)
M('stp', 'pt', '2024-11-28 16:05:17',
  ('Embaixada STP Bruxelas', 'embaixada.stp.bruxelas@yahoo.com'),
  [(None, MBOX)], 'São Tomé e Príncipe - plenária cooperação',
  'yahoo', yahoo('sonic312-21.consmr.mail.ir2.yahoo.com', '77.238.176.148'),
  ('yalt', [('text', T("""
Excelentíssimos Senhores,

A Embaixada da República Democrática de São Tomé e Príncipe gostaria de inscrever o país nos dois segmentos da sessão plenária sobre cooperação:

- Segmento I: Sua Excelência o Senhor Embaixador Armindo Neto Vaz d'Alva;
- Segmento II: Senhora Dra. Celeste Bragança Afonso, Assessora Jurídica.

Com os nossos melhores cumprimentos,
Embaixada de São Tomé e Príncipe
Bruxelas
"""))]),
  ('HOLD', 'STP', '-', '-', 'both segments requested with two speakers; only one intervention per participant'),
  cc=[(None, FRJ)], tzh=1, desc='São Tomé and Príncipe, both segments')

# ---------------------------------------------------------------- International Commission of Jurists (Spanish)
M('icj', 'es', '2024-11-29 09:00:43',
  ('Carolina Villagrán', 'carolina.villagran@icj.org'),
  [(None, MBOX)], 'CIJ - solicitud de inscripción - Segmento II',
  'gws', GWS,
  ('galt', [('text', T("""
Estimada Secretaría:

La Comisión Internacional de Juristas (CIJ) solicita ser inscrita en la lista de oradores del Segmento II de la sesión plenaria sobre cooperación.

Oradora: Dra. Carolina Villagrán Roca, Asesora Jurídica Principal, Programa para América Latina y el Caribe.

Muchas gracias de antemano.

Saludos cordiales,
Carolina Villagrán Roca
Comisión Internacional de Juristas | International Commission of Jurists
Rue des Buis 3, Ginebra
"""))]),
  ('INSCRIBE', 'International Commission of Jurists', 'II', 'Dra. Carolina Villagrán Roca', 'NGO writing in Spanish'),
  cc=[(None, FRJ)], desc='International Commission of Jurists, Spanish, Segment II')

# ---------------------------------------------------------------- Conectas (Portuguese NGO)
M('conectas', 'pt', '2024-11-29 10:48:31',
  ('Juliana Figueiredo Araújo', 'juliana.figueiredo@conectas.org'),
  [(None, MBOX)], 'Conectas Direitos Humanos - inscrição Segmento II',
  'gws', gsend('mail-pj1-f48.google.com', '209.85.216.48'),
  ('galt', [('text', T("""
Prezadas e prezados,

A Conectas Direitos Humanos, organização da sociedade civil brasileira com status consultivo junto ao ECOSOC, solicita inscrição para falar no Segmento II da sessão plenária sobre cooperação.

Oradora: Sra. Juliana Figueiredo Araújo, coordenadora do programa de Justiça Internacional.

Abraços,
Juliana Figueiredo Araújo
Conectas Direitos Humanos
São Paulo - Brasil
"""))]),
  ('INSCRIBE', 'Conectas Human Rights', 'II', 'Sra. Juliana Figueiredo Araújo', 'Brazilian NGO; the signature names Brazil but the participant is the NGO'),
  cc=[(None, FRJ)], tzh=-3, desc='Conectas, Portuguese NGO, Segment II')

# ---------------------------------------------------------------- Djibouti (French Outlook reply, "haut niveau")
M('dji', 'fr', '2024-11-29 12:30:19',
  ('Fatouma Ali Daoud', 'fatouma.alidaoud@mae.gouv.dj'),
  [(None, MBOX)], 'RE: ' + INV_SUBJ,
  'exch', exch('mail.mae.gouv.dj', '41.189.238.11', 'mae.local'),
  ('oalt', [('text', T("""
Bonjour,

Djibouti souhaiterait intervenir dans le segment de haut niveau de la plénière sur la coopération.

L'intervention sera faite par S.E. M. Aden Houssein Robleh, Ambassadeur de la République de Djibouti.

Bien à vous,

Fatouma Ali Daoud
Premier Conseiller
Ambassade de la République de Djibouti
""")), ('ohdr', HDR_FR, INV)], 'FR'),
  ('INSCRIBE', 'DJI', 'I', 'S.E. M. Aden Houssein Robleh',
   'French Outlook reply quoting the invitation; own text says only "segment de haut niveau" (= Segment I)'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, clang='fr-FR', desc='Djibouti, French reply, "segment de haut niveau"')

# ---------------------------------------------------------------- European Union
M('eu', 'en', '2024-11-29 15:20:06',
  ('KOVACS Dora (EEAS-THE HAGUE)', 'Dora.KOVACS@eeas.europa.eu'),
  [(None, MBOX)], 'EU registration - ASP23 plenary on cooperation',
  'o365', o365('EUR01-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur01on2103.outbound.protection.outlook.com',
               '40.107.13.103', 'PAXPR01MB8750', 'eurprd01'),
  ('oalt', [('text', T("""
Dear colleagues,

The European Union would like to take the floor in Segment I of the plenary on cooperation, on behalf of the EU and its Member States.

Speaker: H.E. Ms. Katalin Varga-Horváth, Head of the EU Delegation to the International Organisations in The Hague.

Kind regards,

Dora KOVACS
Political Officer
Delegation of the European Union to the International Organisations in The Hague
"""))], 'EN-US'),
  ('INSCRIBE', 'European Union', 'I', 'H.E. Ms. Katalin Varga-Horváth', 'international organisation (EEAS)'),
  cc=[(None, FRJ)], clang='en-GB', desc='European Union, Segment I')

# ---------------------------------------------------------------- Trust Fund for Victims (French)
M('icc-tfv', 'fr', '2024-11-29 17:05:58',
  ('Fonds au profit des victimes', 'tfv.secretariat@icc-cpi.int'),
  [(None, MBOX)], 'Fonds au profit des victimes – inscription – segment I',
  'o365', icc('AM0PR02MB4471'),
  ('oalt', [('text', T("""
Madame, Monsieur,

Le Fonds au profit des victimes souhaite prendre la parole au segment I de la séance plénière sur la coopération.

Le Fonds sera représenté par Mme Nadia Belkacem-Roux, Présidente du Conseil de direction.

Avec nos remerciements,

Secrétariat du Fonds au profit des victimes
Cour pénale internationale
"""))], 'FR'),
  ('INSCRIBE', 'Trust Fund for Victims', 'I', 'Mme Nadia Belkacem-Roux', 'organ of the Court (TFV), French'),
  cc=[(None, FRJ)], clang='fr-FR', desc='Trust Fund for Victims, French, Segment I')

# ---------------------------------------------------------------- State of Palestine (gmail; cc line in body)
M('pse', 'en', '2024-11-30 11:22:47',
  ('Embassy of the State of Palestine - NL', 'palestine.embassy.nl@gmail.com'),
  [(None, MBOX)], 'State of Palestine - Segment I - speakers list',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Dear Secretariat,

The State of Palestine requests to be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Speaker: H.E. Dr. Rami Khalil Nassar, Ambassador, Head of Mission

With best regards,
Legal Department
Embassy of the State of Palestine in the Kingdom of the Netherlands

c.c.: Embassy of the Hashemite Kingdom of Jordan, The Hague
      Embassy of the Republic of South Africa, The Hague
"""))]),
  ('INSCRIBE', 'PSE', 'I', 'H.E. Dr. Rami Khalil Nassar',
   'embassy gmail.com address; "c.c." lines in the body name Jordan and South Africa, but the participant is Palestine'),
  cc=[(None, FRJ)], desc='State of Palestine, gmail, cc lines naming other States, Segment I')

# ---------------------------------------------------------------- student (not a participant)
M('student', 'en', '2024-12-01 19:40:02',
  ('Sofie de Graaf', 'sofie.degraaf99@gmail.com'),
  [(None, MBOX)], 'Request to speak at the cooperation plenary',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Dear Sir/Madam,

My name is Sofie de Graaf and I am an LLM student in Public International Law at Leiden University. I am writing my thesis on the enforcement of ICC arrest warrants and I would love to contribute a short intervention in Segment II of the plenary on cooperation.

I am not affiliated with any NGO or delegation at the moment, but I have registered for the Assembly through my university. Please let me know if this is possible.

Kind regards,
Sofie de Graaf
"""))]),
  ('HOLD', '-', 'II', 'Sofie de Graaf', 'private individual (student) not representing any delegation, organisation or NGO'),
  desc='student asking to speak in her own name')

# ---------------------------------------------------------------- Mexico, interregional group, theme only
M('mex', 'es', '2024-12-02 09:15:24',
  ('Tomás Aguirre Villaseñor', 'taguirre@sre.gob.mx'),
  [(None, MBOX)], 'México - declaración de grupo interregional - plenaria sobre cooperación',
  'o365', o365('NAM02-DM3-obe.outbound.protection.outlook.com', 'mail-dm3nam02on2093.outbound.protection.outlook.com',
               '40.107.212.93', 'CH3PR02MB9104', 'namprd02'),
  ('oalt', [('text', T("""
Estimados colegas:

México, en nombre de un grupo interregional de Estados Partes (Argentina, Costa Rica, México, Sierra Leona y Suiza), desea hacer uso de la palabra en el segmento «La cooperación es vital para la Corte».

Intervendrá la Embajadora Mariana Lozano Ibarra, Embajadora de México en el Reino de los Países Bajos.

Reciban un cordial saludo,

Tomás Aguirre Villaseñor
Segundo Secretario
Embajada de México en los Países Bajos
"""))], 'ES-MX'),
  ('INSCRIBE', 'MEX', 'I', 'Embajadora Mariana Lozano Ibarra',
   'group statement for five States delivered by Mexico; segment named only by its theme (= Segment I); other States named in the text'),
  cc=[(None, FRJ)], clang='es-MX', desc='Mexico, interregional group, theme only (Segment I)')

# ---------------------------------------------------------------- Timor-Leste (Gmail forward by own staff)
M('tls', 'pt', '2024-12-02 10:02:39',
  ('Adelino Soares', 'adelino.soares.tl@gmail.com'),
  [(None, MBOX)], 'Fwd: Timor-Leste - inscrição na sessão plenária sobre cooperação',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Exmos. Senhores,

Reencaminho abaixo o pedido do nosso Ministério, que não dispunha do endereço correto.

Obrigado,
Adelino Soares
Adido, Embaixada da República Democrática de Timor-Leste em Bruxelas
""")), ('gfwd', T("""
De: Gabinete Jurídico MNEC <gabinete.juridico@mnec.gov.tl>
Date: seg., 2 de dez. de 2024 às 08:51
Subject: Timor-Leste - inscrição na sessão plenária sobre cooperação
To: Adelino Soares <adelino.soares.tl@gmail.com>
"""), T("""
Caro Adelino,

Agradecemos que transmita ao Secretariado da Assembleia o seguinte:

O Ministério dos Negócios Estrangeiros e Cooperação da República Democrática de Timor-Leste solicita a inscrição de Timor-Leste no Segmento I da sessão plenária sobre cooperação, a 5 de dezembro. Timor-Leste será representado por Sua Excelência a Senhora Embaixadora Natércia da Costa Ximenes.

Gabinete Jurídico
MNEC - Díli
"""))]),
  ('INSCRIBE', 'TLS', 'I', 'Sua Excelência a Senhora Embaixadora Natércia da Costa Ximenes',
   "Gmail forward by the embassy's attaché (personal gmail) of the ministry's request"),
  cc=[(None, FRJ)], desc='Timor-Leste, Gmail forward by own staff, Segment I')

# ---------------------------------------------------------------- Council of Europe
M('coe', 'en', '2024-12-02 11:37:15',
  ('NOVAK-SIMUNIC Aleksandra', 'aleksandra.novak-simunic@coe.int'),
  [(None, MBOX)], 'Council of Europe - request to speak - Segment II',
  'o365', o365('EUR04-DB3-obe.outbound.protection.outlook.com', 'mail-db3eur04on2112.outbound.protection.outlook.com',
               '40.107.6.112', 'DU2PR04MB8822', 'eurprd04'),
  ('oalt', [('text', T("""
Dear colleagues,

The Council of Europe would welcome the opportunity to take the floor in Segment II of the plenary on cooperation, in particular on the guiding question on the ICC's tools for cooperation and the relevant Council of Europe conventions on mutual legal assistance.

Our speaker: Ms. Aleksandra Novak-Šimunić, Head of the Public International Law Division, Directorate of Legal Advice and Public International Law.

Best regards,
Aleksandra Novak-Šimunić
Council of Europe | Strasbourg
"""))], 'EN-GB'),
  ('INSCRIBE', 'Council of Europe', 'II', 'Ms. Aleksandra Novak-Šimunić', 'international organisation; From: display name is ASCII-folded, speaker name is not'),
  cc=[(None, FRJ)], clang='en-GB', desc='Council of Europe, Segment II')

# ---------------------------------------------------------------- Google DSN bounce (no mx.google.com "from" stamp)
DSN_ACK_MID = '<CAL9yT0nX2c4Qp7bK1mW8eF3hR5tZ0vJd6uYs9aGqE2oL4iNp8w@mail.gmail.com>'
DSN_TXT = T("""

** Address not found **

Your message wasn't delivered to cathal.obrian@dfa.ie because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient cathal.obrian@dfa.ie not found by SMTP address lookup
""")
DSN_STATUS = T("""
Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 26 Nov 2024 07:30:55 -0800 (PST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; cathal.obrian@dfa.ie
Action: failed
Status: 5.1.10
Remote-MTA: dns; dfa-ie.mail.protection.outlook.com. (52.101.73.0, the server for the domain dfa.ie.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient cathal.obrian@dfa.ie not found by SMTP address lookup
Last-Attempt-Date: Tue, 26 Nov 2024 07:31:17 -0800 (PST)
""") % DSN_ACK_MID
DSN_ORIG = T("""
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1732635055; x=1733239855; darn=dfa.ie;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=9hY2kq4Lx7vT0cP3mW6bN1sR8dF5gJ2aZ0uE4oI7yQw=;
        b=Qm3k...
MIME-Version: 1.0
References: <DB8PR05MB6412B3E07A51F2C94D6E8A21C2F10@DB8PR05MB6412.eurprd05.prod.outlook.com>
In-Reply-To: <DB8PR05MB6412B3E07A51F2C94D6E8A21C2F10@DB8PR05MB6412.eurprd05.prod.outlook.com>
From: ICC ASP Cooperation Plenary <iccaspcoperation@gmail.com>
Date: Tue, 26 Nov 2024 16:30:44 +0100
Message-ID: %s
Subject: Re: RE: ASP23 | Plenary session on cooperation - registration of speakers
To: Aoife Ni Dhonnchadha <aoife.nidhonnchadha@dfa.ie>, cathal.obrian@dfa.ie
Content-Type: text/plain; charset="UTF-8"

Dear colleagues,

We acknowledge receipt of your message. Ireland has been inscribed on the list of speakers for Segment II of the plenary on cooperation, with Mr. Cathal O Briain as speaker. Interventions should not exceed two minutes.

Kind regards,
Co-chairs of the plenary on cooperation
""") % DSN_ACK_MID
DSN_B = '000000000000c81f3a0627d4b5e1'


def dsn_headers(rng):
    st = cet('2024-11-26 16:31:18').astimezone(PST)
    return [('Delivered-To', MBOX),
            ('Received', 'by %s with SMTP id %s;\n        %s' % (g2002(rng), 'ek28csp2218841vcb', rfc(st, pad=False, comment='PST'))),
            ('X-Google-Smtp-Source', 'AGHT+I' + rid(rng, ALNUM, 7) + rid(rng, B64, 51)),
            ('X-Received', 'by %s with SMTP id %s;\n        %s' % (g2002(rng, 'a17'), 'd9443c01a7336-2123b9d7c11mr41885505ad.11.1732635078051',
                                                               rfc(st, comment='PST'))),
            ('Return-Path', '<>'),
            ('Received', 'by %s with SMTP id %s;\n        %s' % (g2002(rng, 'a17'), 'd9443c01a7336-2123b9d7c11so23671045ad.2',
                                                               rfc(st, comment='PST'))),
            ('Content-Type', 'multipart/report; boundary="%s"; report-type=delivery-status' % DSN_B),
            ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
            ('To', MBOX),
            ('Auto-Submitted', 'auto-replied'),
            ('Subject', 'Delivery Status Notification (Failure)'),
            ('References', DSN_ACK_MID),
            ('In-Reply-To', DSN_ACK_MID),
            ('X-Failed-Recipients', 'cathal.obrian@dfa.ie'),
            ('Message-ID', '<6745e9d6.a70a0220.2b6c41.0f3e.GMR@mx.google.com>'),
            ('Date', rfc(st, comment='PST'))]


DSN_BODY = multi('report', [
    ([('Content-Type', 'text/plain; charset="UTF-8"')], DSN_TXT + '\n'),
    ([('Content-Type', 'message/delivery-status')], DSN_STATUS + '\n'),
    ([('Content-Type', 'message/rfc822')], DSN_ORIG + '\n'),
], DSN_B)[1]
RAW('mailer-daemon', 'en', '2024-11-26 16:31:18', dsn_headers, DSN_BODY,
    ('HOLD', '-', '-', '-', "Google delivery-failure notice (mailer-daemon@googlemail.com) for the Secretariat's acknowledgement to Ireland; the returned message mentions Segment II; no mx.google.com 'from' stamp"),
    eol='crlf', desc='Google DSN bounce of an acknowledgement')

# ---------------------------------------------------------------- Kenya: change of speaker
M('ken', 'en', '2024-12-02 14:44:09',
  ('Kenya Embassy The Hague - Legal', 'legal.thehague@mfa.go.ke'),
  [(None, MBOX)], 'Change of speaker - Kenya - Plenary on Cooperation, Segment I',
  'exch', KEN_MTA,
  ('oalt', [('text', T("""
Dear Secretariat,

Further to our Note Verbale Ref. KEH/LEG/ICC/17/2024 of 21 November 2024, kindly note that, owing to the Ambassador's official travel, Kenya's statement in Segment I will be delivered by Mr. Brian Otieno Wafula, Deputy Head of Mission, instead of H.E. Amb. Josephine Wairimu Ndung'u.

Kindly update the list of speakers accordingly.

Best regards,
Legal Section
Embassy of the Republic of Kenya, The Hague
"""))], 'EN-GB'),
  ('HOLD', 'KEN', 'I', 'Mr. Brian Otieno Wafula', 'change of speaker for the existing Kenya inscription; update by hand'),
  cc=[(None, FRJ)], clang='en-GB', desc='Kenya, change of speaker')

# ---------------------------------------------------------------- Bolivia (no segment)
M('bol', 'es', '2024-12-02 16:20:33',
  ('Embajada de Bolivia en los Países Bajos', 'embolivia.lahaya@rree.gob.bo'),
  [(None, MBOX)], 'Solicitud de inscripción - Estado Plurinacional de Bolivia',
  'roundcube', postfix('correo.rree.gob.bo', '200.87.17.60', '200.87.17.66', zone='-04', sel='rree'),
  ('plain', [('text', T("""
Señores
Secretaría de la Asamblea de los Estados Partes
Presente.-

De nuestra consideración:

El Estado Plurinacional de Bolivia solicita su inscripción en la lista de oradores de la sesión plenaria sobre cooperación del día 5 de diciembre de 2024.

Hará uso de la palabra el Sr. Wálter Choque Mamani, Encargado de Negocios a.i.

Con este motivo, saludamos a ustedes atentamente.

Embajada del Estado Plurinacional de Bolivia
La Haya
"""))], 'UTF-8', '8bit', 'bare'),
  ('HOLD', 'BOL', '-', 'Sr. Wálter Choque Mamani', 'no segment indicated; 8bit UTF-8 body'),
  cc=[(None, FRJ)], eol='lf', desc='Bolivia, no segment')

# ---------------------------------------------------------------- Luxembourg (Outlook HTML-only base64)
LUX_MTA = exch('smtp.etat.lu', '194.154.200.33', 'etat.lu', dmarc='REJECT')
M('lux', 'fr', '2024-12-02 17:05:50',
  ('Kremer Anne', 'anne.kremer@mae.etat.lu'),
  [(None, MBOX)], 'Luxembourg - plénière coopération - segment II',
  'exch', LUX_MTA,
  ('ohtml', [('text', T("""
Madame, Monsieur,

Le Luxembourg souhaiterait intervenir au segment II de la séance plénière sur la coopération du 5 décembre 2024.

Oratrice : Mme Anne Kremer-Thill, conseillère juridique, Ambassade du Grand-Duché de Luxembourg à La Haye.

Avec mes salutations distinguées,

Anne Kremer-Thill
"""))], 'FR-LU', 'utf-8', 'base64'),
  ('INSCRIBE', 'LUX', 'II', 'Mme Anne Kremer-Thill', 'Outlook HTML-only body in base64 (UTF-8)'),
  cc=[(None, FRJ)], clang='fr-LU', desc='Luxembourg, HTML-only base64, Segment II')

# ---------------------------------------------------------------- newsletter (JusticeInfo)
NL_TXT = T("""
JUSTICEINFO.NET - WEEKLY BRIEFING - 3 December 2024

ASP23: WHAT TO WATCH THIS WEEK
The Assembly of States Parties meets in The Hague until 7 December. On Thursday afternoon, the plenary on cooperation will hear high-level statements in Segment I ("Cooperation is vital for the Court") and technical interventions in Segment II on the APIC, the Court's cooperation tools and the tracking of fugitives. Delegations have until Wednesday night to register with the co-facilitators.

ALSO THIS WEEK
- Budget negotiations enter their final stretch
- Side event: "Arrest warrants in a fractured world", Wednesday 13:15

Read more: https://www.justiceinfo.net/en/asp23

You receive this briefing because you subscribed with iccaspcoperation@gmail.com.
Unsubscribe: https://www.justiceinfo.net/newsletter/unsubscribe?u=7c1e0f
Fondation Hirondelle - Avenue du Temple 19C, 1012 Lausanne, Switzerland
""")
NL_HTML = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weekly briefing</title></head>'
           '<body style="margin:0;background:#eeeeee">\n<center><table width="640" cellpadding="0" cellspacing="0" '
           'style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#1a1a1a">\n'
           + ''.join('<tr><td style="padding:8px 28px">%s</td></tr>\n' % esc(p).replace('\n', '<br>\n')
                     for p in NL_TXT.split('\n\n'))
           + '</table></center>\n<img src="https://t.justiceinfo.net/o/7c1e0f.gif" width="1" height="1" alt="">\n</body></html>\n')
M('justiceinfo', 'en', '2024-12-03 07:00:31',
  ('JusticeInfo.net', 'newsletter@justiceinfo.net'),
  [(None, MBOX)], 'Weekly briefing: ASP23 - what to watch this week',
  'bulk', postfix('mta12.mail.justiceinfo.net', '185.250.239.12', '185.250.239.12', sel='k1'),
  ('raw',) + multi('alternative', [leaf('text/plain', NL_TXT, 'utf-8', 'quoted-printable'),
                                   leaf('text/html', NL_HTML, 'utf-8', 'quoted-printable', html=True)],
                   '----=_NmP-7c1e0f2a9b3d4e5f-Part_1'),
  ('HOLD', '-', '-', '-', 'newsletter (List-Unsubscribe, Precedence: bulk) describing both segments; not a request'),
  env='bounce-mc.us21_7c1e0f@mail.justiceinfo.net', eol='lf', tzh=0,
  mid='<20241203060025.7c1e0f2a9b3d@mail.justiceinfo.net>',
  extra=[('List-Unsubscribe', '<https://www.justiceinfo.net/newsletter/unsubscribe?u=7c1e0f>'),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'),
         ('X-Campaign', 'weekly-2024-49')],
  lower=['from app-3.justiceinfo.net (unknown [10.3.0.14])\n\tby mta12.mail.justiceinfo.net (Postfix) with ESMTP id 4Y2ZrT0kq1z2Bn\n'
         '\tfor <iccaspcoperation@gmail.com>; Tue, 3 Dec 2024 06:00:28 +0000 (UTC)'],
  desc='JusticeInfo newsletter')

# ---------------------------------------------------------------- ASP Secretariat forwards Maldives request
M('mdv', 'en', '2024-12-03 08:55:40',
  ('ASP Secretariat', ASP),
  [(None, MBOX)], 'FW: Maldives - participation in the plenary on cooperation',
  'o365', icc('DB9PR02MB7364'),
  ('oalt', [('text', T("""
Dear colleagues,

Please find below a request received in the Secretariat's mailbox yesterday, forwarded for inclusion in the list of speakers.

Best regards,
Secretariat of the Assembly of States Parties
""")), ('ohdr', T("""
From: Maldives Mission Brussels <legal.brussels@foreign.gov.mv>
Sent: Monday, December 2, 2024 5:12 PM
To: ASP Secretariat <asp@icc-cpi.int>
Subject: Maldives - participation in the plenary on cooperation
"""), T("""
Dear Secretariat,

The Republic of Maldives wishes to be inscribed on the list of speakers in Segment I of the plenary on cooperation on 5 December 2024.

The Maldives will be represented by H.E. Ms. Aminath Shaheen Rasheed, Minister of State for Foreign Affairs.

With warm regards,
Legal Affairs
Embassy of the Republic of Maldives, Brussels
"""))], 'EN-GB'),
  ('INSCRIBE', 'MDV', 'I', 'H.E. Ms. Aminath Shaheen Rasheed',
   'forwarded by the ASP Secretariat (asp@icc-cpi.int); sender is not the participant; receipt = this forward'),
  cc=[(None, FRJ)], clang='en-GB', desc='Maldives, forwarded by the ASP Secretariat, Segment I')

# ---------------------------------------------------------------- Panama (II with fallback to I)
M('pan', 'es', '2024-12-03 09:30:12',
  ('Ricardo Him Castillo', 'rhim@mire.gob.pa'),
  [(None, MBOX)], 'Panamá - inscripción plenaria sobre cooperación',
  'o365', o365('NAM10-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam10on2057.outbound.protection.outlook.com',
               '40.107.93.57', 'MN0PR10MB5871', 'namprd10'),
  ('plain', [('text', T("""
Buenos días:

Panamá desea inscribirse en el Segmento II de la plenaria sobre cooperación. En caso de que la lista de dicho segmento ya esté completa, les agradeceríamos inscribirnos en el Segmento I.

Orador: Sr. Ricardo Him Castillo, Consejero Legal.

Saludos,
Ricardo Him Castillo
Embajada de Panamá en los Países Bajos
"""))], 'iso-8859-1', 'quoted-printable'),
  ('HOLD', 'PAN', 'II', 'Sr. Ricardo Him Castillo', 'Segment II with a fallback to Segment I: two segments named, conditional request'),
  cc=[(None, FRJ)], clang='es-PA', desc='Panama, Segment II with fallback to I')

# ---------------------------------------------------------------- Comoros withdrawal
M('com', 'fr', '2024-12-03 10:15:27',
  ('Saïd Ahmed Mmadi', 's.mmadi@mirex.gouv.km'),
  [(None, MBOX)], 'Re: Comores - segment II - retrait',
  'tbird', COM_MTA,
  ('plain', [('text', T("""
Bonjour,

Suite à notre courriel du 25 novembre, je vous informe que les Comores retirent leur demande d'inscription au segment II : notre délégation ne pourra finalement pas être présente le 5 décembre.

Merci de bien vouloir nous retirer de la liste.

Cordialement,
Saïd Ahmed Mmadi
""")), ('gquote', 'Le 25/11/2024 à 15:55, Saïd Ahmed Mmadi a écrit :', T("""
Bonjour,

Les Comores souhaitent s'inscrire pour le segment II (interventions techniques) de la plénière sur la coopération du 5 décembre.

Orateur : M. Saïd Ahmed Mmadi, Premier secrétaire, Ambassade de l'Union des Comores à Bruxelles
"""))], 'iso-8859-1', 'quoted-printable', 'std', '; format=flowed'),
  ('HOLD', 'COM', 'II', '-', 'withdrawal of the earlier Comoros request; the quoted original still asks for Segment II'),
  cc=[(None, FRJ)], clang='fr', desc='Comoros, withdrawal quoting the original')

# ---------------------------------------------------------------- Norway (subject says I, body says II)
M('nor', 'en', '2024-12-03 11:11:38',
  ('Ingvild Sæther Haugland', 'ingvild.saether.haugland@mfa.no'),
  [(None, MBOX)], 'Norway - Segment I - cooperation plenary',
  'o365', o365('EUR02-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur02on2125.outbound.protection.outlook.com',
               '40.107.1.125', 'GV1PR02MB8460', 'eurprd02'),
  ('oalt', [('text', T("""
Dear colleagues,

Norway wishes to take the floor in Segment II (technical interventions) of the plenary on cooperation.

Speaker: Ms. Ingvild Sæther Haugland, Senior Adviser, Section for International Law, Norwegian Ministry of Foreign Affairs.

Best regards,
Ingvild
"""))], 'EN-GB'),
  ('HOLD', 'NOR', '-', 'Ms. Ingvild Sæther Haugland', 'Subject: says Segment I but the body asks for Segment II; contradictory'),
  cc=[(None, FRJ)], clang='nb-NO', desc='Norway, subject/body segment conflict')

# ---------------------------------------------------------------- Colombia + the French service's redirect (same Message-ID)
COL_MID = '<SA1PR12MB6811D2B94C07E3A15F62E9B0A7C41@SA1PR12MB6811.namprd12.prod.outlook.com>'
COL_DATE = at('2024-12-03 11:40:07', 0)
COL_MTA = o365('NAM12-MW2-obe.outbound.protection.outlook.com', 'mail-mw2nam12on2090.outbound.protection.outlook.com',
               '40.107.244.90', 'SA1PR12MB6811', 'namprd12')
COL_BODY = ('oalt', [('text', T("""
Estimados colegas:

Colombia solicita su inscripción en la lista de oradores del Segmento II: «¿Cómo pueden los Estados Partes fortalecer su apoyo a la Corte con las herramientas existentes?».

Intervendrá la Dra. Natalia Rincón Barrera, Consejera de Relaciones Exteriores.

Cordialmente,

Natalia Rincón Barrera
Consejera de Relaciones Exteriores
Embajada de Colombia en el Reino de los Países Bajos
"""))], 'ES-CO')
M('col', 'es', '2024-12-03 12:40:10',
  ('Natalia Rincón Barrera', 'natalia.rincon@cancilleria.gov.co'),
  [(None, MBOX)], 'Colombia - inscripción Segmento II - plenaria sobre cooperación',
  'o365', COL_MTA, COL_BODY,
  ('INSCRIBE', 'COL', 'II', 'Dra. Natalia Rincón Barrera', 'plain request, Outlook multipart/alternative'),
  cc=[(None, FRJ)], date=COL_DATE, mid=COL_MID, clang='es-CO', seed='col-original', desc='Colombia, Segment II')
M('col', 'es', '2024-12-03 12:41:52',
  ('Natalia Rincón Barrera', 'natalia.rincon@cancilleria.gov.co'),
  [(None, MBOX)], 'Colombia - inscripción Segmento II - plenaria sobre cooperación',
  'o365', dict(FR_MTA, dkim='cancilleria.gov.co', sel='selector1'), COL_BODY,
  ('DUPLICATE', 'COL', 'II', 'Dra. Natalia Rincón Barrera',
   'the same message (same Message-ID and Date) redirected by the French legal service mailbox (Resent-From, SRS Return-Path); second copy of the Colombian request'),
  cc=[(None, FRJ)], date=COL_DATE, mid=COL_MID, clang='es-CO', seed='col-original',
  env='SRS0=Hq3v=S5=cancilleria.gov.co=natalia.rincon@diplomatie.gouv.fr',
  pre=[('Resent-From', FRJ), ('Resent-To', MBOX), ('Resent-Date', 'Tue, 3 Dec 2024 12:41:50 +0100'),
       ('Resent-Message-ID', '<20241203114150.4Y2kRq5Vd1z7Ppt@mx-out.diplomatie.gouv.fr>')],
  lower=['from mx-in2.diplomatie.gouv.fr (mx-in2.diplomatie.gouv.fr [10.20.4.31])\n\tby mx-out.diplomatie.gouv.fr (Postfix) with ESMTPS id 4Y2kRq5Vd1z7Ppt\n'
         '\tfor <iccaspcoperation@gmail.com>; Tue,  3 Dec 2024 12:41:51 +0100 (CET)',
         'from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2090.outbound.protection.outlook.com [40.107.244.90])\n'
         '\tby mx-in2.diplomatie.gouv.fr (Postfix) with ESMTPS id 4Y2kQ83wLgz7Ppn\n'
         '\tfor <juridique.la-haye-amba@diplomatie.gouv.fr>; Tue,  3 Dec 2024 12:40:10 +0100 (CET)',
         'from SA1PR12MB6811.namprd12.prod.outlook.com\n ([fe80::5c1e:93a2:47d0:b1f6]) by SA1PR12MB6811.namprd12.prod.outlook.com\n'
         ' ([fe80::5c1e:93a2:47d0:b1f6%5]) with mapi id 15.20.8207.017; Tue, 3 Dec 2024 11:40:08 +0000'],
  desc='Colombia, same message redirected by the French legal service (same Message-ID)')

# ---------------------------------------------------------------- PGA (Portuguese), Brazilian MP as speaker
M('pga', 'pt', '2024-12-03 14:02:21',
  ('Rafael Monteiro', 'rafael.monteiro@pgaction.org'),
  [(None, MBOX)], 'PGA - pedido de palavra - Segmento I',
  'gws', gsend('mail-qk1-f174.google.com', '209.85.222.174'),
  ('galt', [('text', T("""
Prezados membros do Secretariado,

A Parlamentares pela Ação Global (PGA) solicita a inscrição na lista de oradores do Segmento I da plenária sobre cooperação.

Oradora: Deputada Federal Ana Paula Rezende (Brasil), membro do Comitê Executivo da PGA e coordenadora da sua Campanha pela Universalidade e Eficácia do Estatuto de Roma.

Cordialmente,

Rafael Monteiro
Oficial de Programa, Justiça Internacional e Estado de Direito
Parliamentarians for Global Action
"""))]),
  ('INSCRIBE', 'Parliamentarians for Global Action', 'I', 'Deputada Federal Ana Paula Rezende',
   'NGO of parliamentarians writing in Portuguese; the speaker is a Brazilian MP but the participant is PGA, not Brazil'),
  cc=[(None, FRJ)], tzh=-5, desc='PGA, Portuguese, Segment I')

# ---------------------------------------------------------------- Amnesty (Cc another State's embassy)
M('amnesty', 'en', '2024-12-03 15:30:45',
  ('Tobias Engelbrecht', 'tobias.engelbrecht@amnesty.org'),
  [(None, MBOX)], 'Amnesty International - speaking slot, Segment II',
  'o365', o365('EUR02-VE1-obe.outbound.protection.outlook.com', 'mail-ve1eur02on2121.outbound.protection.outlook.com',
               '40.107.2.121', 'VE1PR02MB5530', 'eurprd02'),
  ('oalt', [('text', T("""
Dear Secretariat,

Amnesty International would like to request a speaking slot in Segment II of the plenary on cooperation.

Speaker: Mr. Tobias Engelbrecht, Senior Legal Adviser, International Justice.

I have copied our colleagues at the Embassy of Sierra Leone, with whom we are co-organising Wednesday's side event on arrest warrants; this request is made for Amnesty International only.

Best,
Tobias

Tobias Engelbrecht
Amnesty International - International Secretariat
"""))], 'EN-GB'),
  ('INSCRIBE', 'Amnesty International', 'II', 'Mr. Tobias Engelbrecht',
   'Cc: line includes the Embassy of Sierra Leone; the participant is Amnesty International'),
  cc=[(None, FRJ), ('Embassy of Sierra Leone - Legal', 'legal.thehague@slembassy.gov.sl')], clang='en-GB',
  desc='Amnesty International, Cc another State, Segment II')

# ---------------------------------------------------------------- Georgia (speaker to be confirmed)
M('geo', 'en', '2024-12-03 16:48:03',
  ('Nino Beridze', 'n.beridze@mfa.gov.ge'),
  [(None, MBOX)], 'Georgia / Plenary on Cooperation / Segment II',
  'apple', postfix('mx.mfa.gov.ge', '91.239.206.7', '91.239.206.19', zone='+04', sel='mfa'),
  ('plain', [('text', T("""
Dear colleagues,

Georgia would like to take the floor under Segment II of the plenary on cooperation.

The name of our speaker will be communicated in due course.

Best regards,
Nino Beridze
Embassy of Georgia to the Kingdom of the Netherlands
"""))], 'us-ascii', '7bit', 'apple'),
  ('INSCRIBE', 'GEO', 'II', '-', 'clear request for one participant and one segment; speaker to be communicated later'),
  cc=[(None, FRJ)], desc='Georgia, speaker to be confirmed, Segment II')

# ---------------------------------------------------------------- Cameroon (observer State)
M('cmr', 'fr', '2024-12-03 17:20:26',
  ('Ambassade du Cameroun Benelux', 'ambacam.benelux@diplocam.cm'),
  [(None, MBOX)], 'Inscription du Cameroun - Segment I',
  'roundcube', postfix('mail.diplocam.cm', '41.202.219.70', '41.202.219.75', sel='dc'),
  ('plain', [('text', T("""
Madame, Monsieur,

La République du Cameroun, en sa qualité d'État observateur, a l'honneur de solliciter son inscription sur la liste des orateurs du Segment I de la séance plénière sur la coopération.

Le Cameroun sera représenté par S.E. Mme Odile Ngo Bissou Mbarga, Ambassadeur auprès du Benelux.

Haute considération.

L'Ambassade de la République du Cameroun
Bruxelles
"""))], 'UTF-8', 'quoted-printable', 'bare'),
  ('INSCRIBE', 'CMR', 'I', 'S.E. Mme Odile Ngo Bissou Mbarga', 'observer State'),
  cc=[(None, FRJ)], desc='Cameroon, observer State, Segment I')

# ---------------------------------------------------------------- Spain (own staff's Outlook forward "RV:")
M('esp', 'es', '2024-12-03 18:05:36',
  ('Beatriz Olmedo Sanz', 'beatriz.olmedo@exteriores.gob.es'),
  [(None, MBOX)], 'RV: España - inscripción plenaria cooperación',
  'exch', exch('correo.exteriores.gob.es', '212.128.117.214', 'maec.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Buenas tardes:

Os reenvío la solicitud de la Asesoría Jurídica Internacional, que por error se remitió solo a la dirección de la Secretaría.

Un saludo,
Beatriz Olmedo Sanz
Consejera, Embajada de España en La Haya
""")), ('ohdr', T("""
De: Asesoría Jurídica Internacional <aji@exteriores.gob.es>
Enviado el: martes, 3 de diciembre de 2024 11:20
Para: asp@icc-cpi.int
Asunto: España - inscripción plenaria cooperación
"""), T("""
Estimados señores:

España desea intervenir en el Segmento I, de alto nivel, de la sesión plenaria sobre cooperación del próximo 5 de diciembre. Intervendrá el Excmo. Sr. D. Ignacio Ruiz de Azcárate, Embajador de España en el Reino de los Países Bajos.

Atentamente,
Asesoría Jurídica Internacional
Ministerio de Asuntos Exteriores, Unión Europea y Cooperación
"""))], 'ES'),
  ('INSCRIBE', 'ESP', 'I', 'Excmo. Sr. D. Ignacio Ruiz de Azcárate',
   "Outlook forward (RV:, Spanish De:/Enviado el: block) by the embassy's own staff; receipt = this forward"),
  cc=[(None, FRJ)], clang='es-ES', desc='Spain, forwarded by own staff, Segment I')

# ---------------------------------------------------------------- Monaco (guiding question: tracking)
M('mco', 'fr', '2024-12-03 19:30:58',
  ('Rémi Pastorelli', 'rpastorelli@gouv.mc'),
  [(None, MBOX)], 'Monaco - demande de prise de parole - plénière coopération',
  'exch', exch('mail.gouv.mc', '80.94.98.40', 'gouv.local'),
  ('ohtml', [('text', T("""
Madame, Monsieur,

La Principauté de Monaco, État observateur, souhaiterait apporter sa contribution sur la question du pistage des personnes faisant l'objet d'un mandat d'arrêt, notamment au regard de l'expérience de sa Cellule de renseignement financier en matière de gel des avoirs.

Intervenant : M. Rémi Pastorelli, Conseiller juridique, Direction des Affaires Juridiques.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Rémi Pastorelli
"""))], 'FR-MC'),
  ('INSCRIBE', 'MCO', 'II', 'M. Rémi Pastorelli', 'observer State; segment identified only by the arrest-warrant tracking question (= Segment II)'),
  cc=[(None, FRJ)], clang='fr-MC', desc='Monaco, segment only via a guiding question')

# ---------------------------------------------------------------- Guinea-Bissau thanks
M('gnb', 'pt', '2024-12-04 08:20:14',
  ('Embaixada da Guiné-Bissau', 'embgbissau.bruxelas@gmail.com'),
  [(None, MBOX)], 'Re: Confirmação de inscrição - Guiné-Bissau',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Bom dia,

Acusamos a receção da vossa mensagem e agradecemos a confirmação da inscrição da Guiné-Bissau no Segmento II. A nossa delegação estará presente às 16 horas.

Muito obrigado,
Embaixada da República da Guiné-Bissau
""")), ('gquote', 'Em ter., 3 de dez. de 2024 às 17:02, ICC ASP Cooperation Plenary <iccaspcoperation@gmail.com> escreveu:', T("""
Dear colleagues,

Guinea-Bissau has been inscribed on the list of speakers for Segment II of the plenary on cooperation. Interventions should not exceed two minutes.

Kind regards,
Co-chairs of the plenary on cooperation
"""))]),
  ('HOLD', 'GNB', 'II', '-', "thanks for the Secretariat's confirmation; not a new request"),
  extra=[('In-Reply-To', '<CAL9yT0p8sW3n7Gv2Xk4Tq0bZ6eH1mR5dJ9cYf3uNaL2oV7iQ1g@mail.gmail.com>'),
         ('References', '<CAL9yT0p8sW3n7Gv2Xk4Tq0bZ6eH1mR5dJ9cYf3uNaL2oV7iQ1g@mail.gmail.com>')],
  tzh=0, desc='Guinea-Bissau, thanks for the confirmation')

# ---------------------------------------------------------------- Luxembourg read receipt (MDN)
LUX_MDN_TXT = T("""
Votre message

  À : Kremer Anne
  Objet : Re: Luxembourg - plénière coopération - segment II
  Envoyé : mardi 3 décembre 2024 10:02:11 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne

a été lu le mardi 3 décembre 2024 10:15:40 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
""")
LUX_MDN = T("""
Reporting-UA: EXMBX02.etat.lu; Microsoft Exchange Server
Final-Recipient: rfc822;anne.kremer@mae.etat.lu
Original-Message-ID: <CAL9yT0r2Kq8Vw4Nf6Hs1Tz3bX9mP0cE5gJ7uYd2aQ4oL8iWk3s@mail.gmail.com>
Disposition: manual-action/MDN-sent-manually; displayed
""")
M('lux', 'fr', '2024-12-03 10:15:47',
  ('Kremer Anne', 'anne.kremer@mae.etat.lu'),
  [('ICC ASP Cooperation Plenary', MBOX)], 'Lu : Re: Luxembourg - plénière coopération - segment II',
  'exch', LUX_MTA,
  ('raw',) + multi('report', [leaf('text/plain', LUX_MDN_TXT + '\n', 'iso-8859-1', 'quoted-printable'),
                              ([('Content-Type', 'message/disposition-notification')], LUX_MDN + '\n')],
                   '_002_DB9PR06MB8213F0A1C3E5B7D9A2C4E6F80B1D3@EXMBX02etatlu_',
                   params='; report-type=disposition-notification'),
  ('HOLD', 'LUX', 'II', '-', 'Outlook read receipt (multipart/report; disposition-notification) of the acknowledgement sent to Luxembourg; not a request'),
  extra=[('In-Reply-To', '<CAL9yT0r2Kq8Vw4Nf6Hs1Tz3bX9mP0cE5gJ7uYd2aQ4oL8iWk3s@mail.gmail.com>')],
  clang='fr-LU', desc='Luxembourg, read receipt')

# ---------------------------------------------------------------- Congo (gmail, Segment I)
M('cog', 'fr', '2024-12-04 09:40:03',
  ('Ambassade du Congo Benelux', 'ambacongo.benelux@gmail.com'),
  [(None, MBOX)], 'Congo - inscription - séance plénière coopération',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Madame, Monsieur,

L'Ambassade de la République du Congo auprès du Benelux a l'honneur de solliciter l'inscription du Congo sur la liste des orateurs du Segment I de la séance plénière sur la coopération du 5 décembre 2024.

Orateur : S.E. M. Rodrigue Okemba-Ngatsé, Ambassadeur.

Veuillez agréer l'expression de notre haute considération.

Le Premier Conseiller
Ambassade de la République du Congo - Bruxelles
"""))]),
  ('INSCRIBE', 'COG', 'I', 'S.E. M. Rodrigue Okemba-Ngatsé', "embassy's institutional gmail.com address; French"),
  cc=[(None, FRJ)], desc='Republic of the Congo, gmail, Segment I')

# ---------------------------------------------------------------- El Salvador (question only)
M('slv', 'es', '2024-12-04 09:05:33',
  ('Gabriela Menjívar', 'gmenjivar@rree.gob.sv'),
  [(None, MBOX)], 'Consulta - plenaria sobre cooperación',
  'o365', o365('NAM04-MW2-obe.outbound.protection.outlook.com', 'mail-mw2nam04on2066.outbound.protection.outlook.com',
               '40.107.101.66', 'BL1PR04MB7745', 'namprd04'),
  ('oalt', [('text', T("""
Estimados colegas:

¿Podrían indicarnos si todavía hay espacio en el Segmento I y si un Viceministro podría intervenir por videoconferencia? De ser así, El Salvador consideraría inscribirse.

Quedo atenta a sus comentarios.

Gabriela Menjívar
Consejera
Embajada de El Salvador en los Países Bajos
"""))], 'ES-SV'),
  ('HOLD', 'SLV', '-', '-', 'question (space left, participation by video); conditional, no request yet'),
  cc=[(None, FRJ)], clang='es-SV', desc='El Salvador, question only')

# ---------------------------------------------------------------- Human Rights Watch (French)
M('hrw', 'fr', '2024-12-04 10:00:08',
  ('Camille Ferrand-Diallo', 'ferrandc@hrw.org'),
  [(None, MBOX)], 'HRW - inscription au segment II',
  'gws', gsend('mail-ej1-f53.google.com', '209.85.218.53'),
  ('galt', [('text', T("""
Bonjour,

Human Rights Watch souhaite s'inscrire sur la liste des orateurs du segment II (outils existants) de la plénière sur la coopération.

Intervenante : Mme Camille Ferrand-Diallo, directrice adjointe du programme Justice internationale.

Merci d'avance,
Camille Ferrand-Diallo
Human Rights Watch | Bureau de Paris
"""))]),
  ('INSCRIBE', 'Human Rights Watch', 'II', 'Mme Camille Ferrand-Diallo', 'NGO writing in French from its own domain'),
  cc=[(None, FRJ)], desc='Human Rights Watch, French, Segment II')

# ---------------------------------------------------------------- Avocats Sans Frontières (personal gmail)
M('asf', 'fr', '2024-12-04 10:40:51',
  ('Olivier Kabeya', 'olivier.kabeya.asf@gmail.com'),
  [(None, MBOX)], 'ASF - demande de prise de parole (segment II)',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Bonjour à l'équipe du Secrétariat,

Avocats Sans Frontières souhaite prendre la parole au segment II de la plénière sur la coopération, sur l'appui aux juridictions nationales dans l'exécution des demandes de la Cour.

Intervenant : Me Olivier Kabeya Tshimanga, chef de mission.

J'écris depuis mon adresse personnelle, notre messagerie étant en maintenance.

Bien cordialement,
Olivier Kabeya Tshimanga
Avocats Sans Frontières - Mission RD Congo
Kinshasa / Bruxelles
"""))]),
  ('INSCRIBE', 'Avocats Sans Frontières', 'II', 'Me Olivier Kabeya Tshimanga',
   "NGO staff writing from a personal gmail.com address; the signature names the DR Congo but the participant is the NGO"),
  cc=[(None, FRJ)], desc='Avocats Sans Frontières, personal gmail, Segment II')

# ---------------------------------------------------------------- Lithuania (guiding question: tools)
M('ltu', 'en', '2024-12-04 11:25:14',
  ('Rūta Žemaitytė', 'ruta.zemaityte@tm.lt'),
  [(None, MBOX)], 'Lithuania - plenary on cooperation',
  'exch', exch('mx.tm.lt', '193.219.60.18', 'tm.local'),
  ('oalt', [('text', T("""
Dear colleagues,

Lithuania would like to share its national experience in using the Court's tools for cooperation (the second guiding question of the plenary) and would be grateful to be added to the list of speakers.

Speaker: Ms. Rūta Žemaitytė, Chief Legal Adviser, International Law Division, Ministry of Justice of the Republic of Lithuania.

Kind regards,
Rūta Žemaitytė
"""))], 'EN-US'),
  ('INSCRIBE', 'LTU', 'II', 'Ms. Rūta Žemaitytė', 'segment identified only by the "ICC tools for cooperation" guiding question (= Segment II)'),
  cc=[(None, FRJ)], clang='lt-LT', desc='Lithuania, segment only via a guiding question')

# ---------------------------------------------------------------- Andorra
M('and', 'fr', '2024-12-04 12:02:40',
  ('Puigcercós Casal, Laia', 'laia_puigcercos@govern.ad'),
  [(None, MBOX)], 'Andorre - inscription segment II',
  'o365', o365('EUR04-AM5-obe.outbound.protection.outlook.com', 'mail-am5eur04on2068.outbound.protection.outlook.com',
               '40.107.7.68', 'AS4PR04MB9390', 'eurprd04'),
  ('oalt', [('text', T("""
Madame, Monsieur,

La Principauté d'Andorre souhaite être inscrite sur la liste des orateurs du segment II de la séance plénière sur la coopération.

Oratrice : Mme Laia Puigcercós Casal, Première secrétaire.

Bien cordialement,

Laia Puigcercós Casal
Ambassade de la Principauté d'Andorre auprès du Royaume de Belgique
accréditée auprès du Royaume des Pays-Bas et du Grand-Duché de Luxembourg
"""))], 'FR'),
  ('INSCRIBE', 'AND', 'II', 'Mme Laia Puigcercós Casal', 'signature names Belgium, the Netherlands and Luxembourg (accreditations); the participant is Andorra'),
  cc=[(None, FRJ)], clang='ca-AD', desc='Andorra, French, Segment II')

# ---------------------------------------------------------------- ICC conference services (question)
M('icc-conference', 'fr', '2024-12-04 13:30:02',
  ('Dufresne Marie-Claire', 'marie-claire.dufresne@icc-cpi.int'),
  [(None, MBOX)], 'Plénière coopération de demain – liste des orateurs ?',
  'o365', icc('AS8PR02MB7012'),
  ('oalt', [('text', T("""
Bonjour,

Pourriez-vous nous transmettre la liste des orateurs à jour pour les deux segments de demain, afin que nous puissions préparer les chevalets et le minutage ? Nous avons noté que la Présidence et le Greffe interviennent.

Merci beaucoup,

Marie-Claire Dufresne
Section des services de conférence
Greffe | Cour pénale internationale
"""))], 'FR'),
  ('HOLD', '-', '-', '-', 'Court staff (conference services) asking for the list; names both segments, the Presidency and the Registry; not a request to speak'),
  clang='fr-FR', desc='ICC conference services asking for the list')

# ---------------------------------------------------------------- Mongolia (lower relay with a wrong clock)
M('mng', 'en', '2024-12-04 14:10:22',
  ('Embassy of Mongolia - Brussels', 'brussels@mfa.gov.mn'),
  [(None, MBOX)], 'Mongolia - Segment I - plenary on cooperation',
  'exch', exch('mail.mfa.gov.mn', '202.131.237.66', 'mfa.local'),
  ('oalt', [('text', T("""
Dear Secretariat,

Mongolia kindly requests to be inscribed on the list of speakers for Segment I of the plenary on cooperation.

Speaker: H.E. Mr. Batbold Ganzorig, Ambassador of Mongolia to the Kingdom of Belgium and the Kingdom of the Netherlands.

Best regards,
Embassy of Mongolia, Brussels
"""))], 'EN-US'),
  ('INSCRIBE', 'MNG', 'I', 'H.E. Mr. Batbold Ganzorig',
   "sender's own relay stamp is a day ahead (5 Dec, wrong clock); the mx.google.com stamp is 4 Dec 14:10 CET, before the deadline"),
  cc=[(None, FRJ)], tzh=8, clang='mn-MN',
  lower=['from EXMBX01.mfa.local (10.8.1.21) by mail.mfa.gov.mn\n (202.131.237.66) with Microsoft SMTP Server (version=TLS1_2,\n'
         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Thu, 5 Dec 2024 21:10:19 +0800'],
  desc='Mongolia, lower relay stamp with a wrong clock, Segment I')

# ---------------------------------------------------------------- Ireland resend (DUPLICATE)
M('irl', 'en', '2024-12-04 15:15:50',
  ('Aoife Ní Dhonnchadha', 'aoife.nidhonnchadha@dfa.ie'),
  [(None, MBOX)], 'Resending: Ireland - Segment II - cooperation plenary',
  'o365', IRL_MTA,
  ('oalt', [('text', T("""
Dear colleagues,

Resending our request of 26 November, as Ireland does not yet appear on the provisional list circulated this morning.

Ireland: Segment II - Mr. Cathal Ó Briain, Legal Adviser, Embassy of Ireland, The Hague.

Many thanks,
Aoife
"""))], 'EN-IE'),
  ('DUPLICATE', 'IRL', 'II', 'Mr. Cathal Ó Briain', "resend of Ireland's request of 26 November (same segment and speaker), new Message-ID"),
  cc=[(None, FRJ)], clang='en-IE', desc='Ireland, resend')

# ---------------------------------------------------------------- ASP Secretariat forwards Mozambique (Portuguese)
M('moz', 'pt', '2024-12-04 15:55:26',
  ('ASP Secretariat', ASP),
  [(None, MBOX)], 'FW: Moçambique - inscrição - sessão plenária sobre cooperação',
  'o365', icc('DB9PR02MB7364'),
  ('oalt', [('text', T("""
Dear colleagues,

Forwarding the request below from Mozambique, received this morning in the Secretariat's mailbox.

Best regards,
Secretariat of the Assembly of States Parties
""")), ('ohdr', T("""
From: Embaixada de Moçambique - Bruxelas <embamoc.bruxelas@minec.gov.mz>
Sent: Wednesday, December 4, 2024 10:03 AM
To: ASP Secretariat <asp@icc-cpi.int>
Subject: Moçambique - inscrição - sessão plenária sobre cooperação
"""), T("""
Exmos. Senhores,

A República de Moçambique, na qualidade de Estado observador, solicita a inscrição na lista de oradores do Segmento II da sessão plenária sobre cooperação, a realizar-se no dia 5 de dezembro.

Moçambique será representado pelo Senhor Dr. Abílio Chambal Nhantumbo, Conselheiro Jurídico.

Com elevada consideração,
Embaixada da República de Moçambique
Bruxelas
"""))], 'EN-GB'),
  ('INSCRIBE', 'MOZ', 'II', 'Dr. Abílio Chambal Nhantumbo',
   'Portuguese request forwarded by the ASP Secretariat; observer State; receipt = this forward'),
  cc=[(None, FRJ)], clang='en-GB', desc='Mozambique, forwarded by the ASP Secretariat, Segment II')

# ---------------------------------------------------------------- Brazil, same request from the capital (DUPLICATE)
M('bra', 'pt', '2024-12-04 16:30:03',
  ('DTI - Divisão de Tribunais Internacionais', 'dti@itamaraty.gov.br'),
  [(None, MBOX)], 'Brasil - sessão plenária sobre cooperação - pedido de inscrição',
  'exch', dict(BRA_MTA, tz=TZ(-3)),
  ('oalt', [('text', T("""
Prezados,

O Brasil solicita inscrição na lista de oradores do Segmento I da sessão plenária sobre cooperação, em 5 de dezembro. O Brasil será representado por Sua Excelência o Senhor Embaixador Fernando Cavalcanti Régis.

Caso a Embaixada na Haia já tenha encaminhado o pedido, favor desconsiderar esta mensagem.

Atenciosamente,
Divisão de Tribunais Internacionais
Ministério das Relações Exteriores - Brasília
"""))], 'PT-BR'),
  ('DUPLICATE', 'BRA', 'I', 'Sua Excelência o Senhor Embaixador Fernando Cavalcanti Régis',
   "same request as the embassy's note verbale of 22 November, sent again by the capital (different sender and Message-ID)"),
  cc=[(None, FRJ), ('Embaixada do Brasil na Haia - Setor Jurídico', 'juridico.haia@itamaraty.gov.br')],
  tzh=-3, clang='pt-BR', desc='Brazil, same request from the capital')

# ---------------------------------------------------------------- Portugal change of speaker
M('prt', 'pt', '2024-12-04 17:10:33',
  ('Inês Valadares Moura', 'ines.moura@mne.pt'),
  [(None, MBOX)], 'Portugal - alteração de orador - Segmento II',
  'tbird', postfix('smtp.mne.pt', '195.23.106.84', '10.11.3.27', sel='mne'),
  ('plain', [('text', T("""
Exmos. Senhores,

Informamos que, por motivo de agenda, a intervenção de Portugal no Segmento II será proferida pelo Dr. Tiago Mendonça Leal, Diretor de Serviços de Assuntos Jurídicos, em substituição da Dra. Inês Valadares Moura.

Com os melhores cumprimentos,
Inês Valadares Moura
Embaixada de Portugal na Haia
"""))], 'UTF-8', 'quoted-printable', 'std', '; format=flowed'),
  ('HOLD', 'PRT', 'II', 'Dr. Tiago Mendonça Leal', 'change of speaker for the existing Portugal inscription; both names appear'),
  cc=[(None, FRJ)], clang='pt-PT', desc='Portugal, change of speaker')

# ---------------------------------------------------------------- unidentifiable delegation (Portuguese, gmail)
M('gmail-unknown', 'pt', '2024-12-04 18:30:40',
  ('Secção Jurídica', 'seccao.juridica.haia@gmail.com'),
  [(None, MBOX)], 'Inscrição - plenária',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Boa tarde,

A nossa delegação gostaria de se inscrever no Segmento I da sessão plenária sobre cooperação. A declaração será proferida pelo Senhor Embaixador.

Cumprimentos,
Secção Jurídica
"""))]),
  ('HOLD', '-', 'I', '-', 'no identifiable participant: anonymous gmail.com address, no State or organisation named, speaker not named'),
  cc=[(None, FRJ)], desc='unidentifiable delegation writing in Portuguese')

# ---------------------------------------------------------------- Chile asks to move to Segment II
M('chl', 'es', '2024-12-04 21:10:05',
  ('Embajada de Chile en los Países Bajos', 'echile.paisesbajos@minrel.gob.cl'),
  [(None, MBOX)], 'Nota N.° 219/2024 - Chile - cambio de segmento',
  'exch', exch('correo.minrel.gob.cl', '164.77.204.12', 'minrel.local', dmarc='REJECT'),
  ('ohtml', [('text', T("""
NOTA N.° 219/2024

La Embajada de Chile en el Reino de los Países Bajos saluda atentamente a la Secretaría de la Asamblea de los Estados Partes y, con referencia a su Nota N.° 212/2024, tiene el honor de solicitar que la intervención de Chile sea trasladada del Segmento I al Segmento II de la sesión plenaria sobre cooperación.

En dicho segmento, Chile estará representado por la Sra. Constanza Ibáñez Lagos, Ministra Consejera.

La Embajada de Chile hace propicia la oportunidad para reiterar las seguridades de su más alta y distinguida consideración.

La Haya, 4 de diciembre de 2024
"""))], 'ES-CL', 'iso-8859-1'),
  ('HOLD', 'CHL', 'II', 'Sra. Constanza Ibáñez Lagos', 'request to move the existing Chile inscription from Segment I to Segment II with a new speaker'),
  cc=[(None, FRJ)], clang='es-CL', desc='Chile, change of segment')

# ---------------------------------------------------------------- Australia (Date: 5 Dec +1100, stamp 4 Dec)
M('aus', 'en', '2024-12-04 23:41:12',
  ('Eleanor Whitfield-Kaur', 'eleanor.whitfield-kaur@dfat.gov.au'),
  [(None, MBOX)], 'Australia - Segment I - cooperation plenary',
  'apple', o365('AUS01-SY4-obe.outbound.protection.outlook.com', 'mail-sy4aus01on2117.outbound.protection.outlook.com',
                '40.107.107.117', 'SY4P282MB4410', 'AUSP282'),
  ('plain', [('text', T("""
Dear colleagues,

Writing from Canberra - Australia would be grateful to be inscribed for Segment I of the plenary on cooperation.

Our speaker will be H.E. Ms. Eleanor Whitfield-Kaur, Ambassador of Australia to the Netherlands, who is on her way back to The Hague.

Kind regards,
Eleanor's office
Legal Division | Department of Foreign Affairs and Trade
"""))], 'us-ascii', '7bit', 'apple'),
  ('INSCRIBE', 'AUS', 'I', 'H.E. Ms. Eleanor Whitfield-Kaur',
   'Date: header reads Thu 5 Dec 09:41 +1100 but the mx.google.com stamp is 4 Dec 23:41:12 CET, before the deadline'),
  cc=[(None, FRJ)], tzh=11, desc='Australia, Date +1100 on 5 Dec, received 4 Dec 23:41 CET')

# ---------------------------------------------------------------- Fiji (8 seconds before the deadline)
M('fji', 'en', '2024-12-04 23:59:52',
  ('Litia Tuilovoni', 'litia.tuilovoni@foreignaffairs.gov.fj'),
  [(None, MBOX)], 'Fiji registration - Plenary on Cooperation - Segment II',
  'o365', o365('AUS01-ME3-obe.outbound.protection.outlook.com', 'mail-me3aus01on2075.outbound.protection.outlook.com',
               '40.107.108.75', 'ME3P282MB2150', 'AUSP282'),
  ('oalt', [('text', T("""
Bula vinaka,

The Republic of Fiji requests to be inscribed on the speakers' list for Segment II of the plenary on cooperation.

Speaker: Ms. Litia Naivalu Tuilovoni, Principal Legal Officer, Ministry of Foreign Affairs.

Vinaka vakalevu,
Litia
"""))], 'EN-US'),
  ('INSCRIBE', 'FJI', 'II', 'Ms. Litia Naivalu Tuilovoni', 'mx.google.com stamp 2024-12-04 14:59:52 -0800 = 23:59:52 CET, eight seconds before the deadline'),
  cc=[(None, FRJ)], clang='en-FJ', desc='Fiji, 8 s before the deadline, Segment II')

# ---------------------------------------------------------------- Honduras (Date before, stamp after the deadline)
M('hnd', 'es', '2024-12-05 00:00:37',
  ('Karla Zelaya Mejía', 'kzelaya@sreci.gob.hn'),
  [(None, MBOX)], 'Honduras - Segmento II - plenaria de cooperación',
  'exch', dict(exch('correo.sreci.gob.hn', '190.5.96.130', 'sreci.local'), tz=TZ(-6)),
  ('oalt', [('text', T("""
Estimados señores:

Honduras solicita ser inscrita en la lista de oradores del Segmento II de la sesión plenaria sobre cooperación.

Oradora: Abg. Karla Zelaya Mejía, Directora de Asuntos Jurídicos Internacionales.

Saludos cordiales,
Karla Zelaya Mejía
Secretaría de Relaciones Exteriores y Cooperación Internacional
Tegucigalpa
"""))], 'ES-HN'),
  ('LATE', 'HND', 'II', 'Abg. Karla Zelaya Mejía',
   'Date: 4 Dec 16:59:58 -0600 (= 23:59:58 CET) but the mx.google.com stamp is 2024-12-04 15:00:37 -0800 = 5 Dec 00:00:37 CET'),
  cc=[(None, FRJ)], date=at('2024-12-04 16:59:58', -6), clang='es-HN',
  desc='Honduras, Date before the deadline, received 37 s after it')

# ---------------------------------------------------------------- Seychelles (late, French)
M('syc', 'fr', '2024-12-05 08:55:44',
  ('Mission des Seychelles', 'seychelles.mission.bxl@mfa.gov.sc'),
  [(None, MBOX)], 'Seychelles - inscription segment I',
  'o365', o365('EUR05-DB8-obe.outbound.protection.outlook.com', 'mail-db8eur05on2084.outbound.protection.outlook.com',
               '40.107.20.84', 'DB9PR05MB9121', 'eurprd05'),
  ('oalt', [('text', T("""
Madame, Monsieur,

La République des Seychelles souhaite s'inscrire au segment I de la séance plénière sur la coopération de cet après-midi.

Oratrice : S.E. Mme Marie-France Hoareau, Ambassadeur.

Avec nos remerciements,
Mission des Seychelles auprès de l'Union européenne
Bruxelles
"""))], 'FR'),
  ('LATE', 'SYC', 'I', 'S.E. Mme Marie-France Hoareau', 'received 5 Dec 08:55 CET, after the deadline'),
  cc=[(None, FRJ)], clang='fr-FR', desc='Seychelles, late')

# ---------------------------------------------------------------- Vanuatu via the French legal service (late forward)
HDR_VUT = ('De%s: Ambassade de Vanuatu <vanuatu.embassy@vanuatu.gov.vu>\n'
           'Envoyé%s: mercredi 4 décembre 2024 17:48\n'
           'À%s: %s\n'
           'Objet%s: Vanuatu - inscription - segment II') % (NB, NB, NB, FRJ, NB)
M('vut', 'fr', '2024-12-05 09:12:30',
  ('JURIDIQUE - LA HAYE - AMBA', FRJ),
  [(None, MBOX)], 'TR : Vanuatu - inscription - segment II',
  'exch', FR_MTA,
  ('oalt', [('text', T("""
Bonjour,

Nous vous transférons le message ci-dessous, reçu hier soir uniquement sur notre adresse. Nous vous laissons apprécier la suite à y donner compte tenu du délai fixé.

Bien cordialement,

Service juridique
Ambassade de France aux Pays-Bas
""")), ('ohdr', HDR_VUT, T("""
Madame, Monsieur,

La République de Vanuatu souhaite intervenir au segment II de la séance plénière sur la coopération.

Orateur : M. Jean-Pierre Tari Kalsakau, Conseiller.

Avec nos salutations distinguées,
Ambassade de la République de Vanuatu
Bruxelles
"""))], 'FR'),
  ('LATE', 'VUT', 'II', 'M. Jean-Pierre Tari Kalsakau',
   'original sent 4 Dec 17:48 only to the French legal service; its forward reached the mailbox 5 Dec 09:12 CET (receipt = this forward)'),
  clang='fr-FR', desc='Vanuatu, forwarded late by the French legal service')

# ---------------------------------------------------------------- Peru (late)
M('per', 'es', '2024-12-05 10:25:19',
  ('Gonzalo Paredes Villanueva', 'gparedes@rree.gob.pe'),
  [(None, MBOX)], 'Perú - solicitud de inscripción - Segmento II',
  'zimbra', postfix('correo.rree.gob.pe', '200.48.151.33', '200.48.151.40', sel='rree'),
  ('plain', [('text', T("""
Estimados colegas:

El Perú solicita ser inscrito en la lista de oradores del Segmento II de la sesión plenaria sobre cooperación de esta tarde.

Orador: Sr. Gonzalo Paredes Villanueva, Consejero, Embajada del Perú en los Países Bajos.

Atentamente,
Gonzalo Paredes Villanueva
"""))], 'UTF-8', 'quoted-printable'),
  ('LATE', 'PER', 'II', 'Sr. Gonzalo Paredes Villanueva', 'received 5 Dec 10:25 CET, after the deadline'),
  cc=[(None, FRJ)], desc='Peru, late')

# ---------------------------------------------------------------- Angola (forged lower mx.google.com stamp, late)
AGO_MTA = postfix('mail.mirex.gov.ao', '196.223.40.17', '196.223.40.25', sel='mirex')
M('ago', 'pt', '2024-12-05 11:20:40',
  ('Embaixada de Angola no Benelux', 'embangola.benelux@mirex.gov.ao'),
  [(None, MBOX)], 'Angola - inscrição no Segmento I',
  'osmtp', AGO_MTA,
  ('oalt', [('text', T("""
Excelentíssimos Senhores,

A Embaixada da República de Angola junto do Reino da Bélgica, do Reino dos Países Baixos e do Grão-Ducado do Luxemburgo solicita a inscrição de Angola, Estado observador, no Segmento I da sessão plenária sobre cooperação.

Angola será representada por Sua Excelência o Senhor Embaixador Domingos Kiala Mbemba.

Com elevada consideração,
Embaixada da República de Angola
Bruxelas
"""))], 'PT'),
  ('LATE', 'AGO', 'I', 'Sua Excelência o Senhor Embaixador Domingos Kiala Mbemba',
   'a lower, forged "by mx.google.com" Received line and the Date: header say 2 Dec; the top mx.google.com stamp is 5 Dec 11:20 CET'),
  cc=[(None, FRJ)], date=at('2024-12-02 10:05:12', 1), clang='pt-AO',
  forged=('from mail.mirex.gov.ao (mail.mirex.gov.ao. [196.223.40.17])\n'
          '        by mx.google.com with ESMTPS id 5b1f17b1804b1-434a8f3c1d2si6620143f8f.212.2024.12.02.01.05.14\n'
          '        for <iccaspcoperation@gmail.com>\n'
          '        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n'
          '        Mon, 02 Dec 2024 01:05:15 -0800 (PST)'),
  lower=['from [10.40.3.118] (unknown [196.223.40.25])\n\tby mail.mirex.gov.ao (Postfix) with ESMTPSA id 4Y3vPz6Gm2z4Rkd;\n'
         '\tThu, 5 Dec 2024 11:20:37 +0100 (WAT)'],
  desc='Angola, forged lower mx.google.com stamp, late')

# ---------------------------------------------------------------- FIDH (Spanish, gmail, late)
M('fidh', 'es', '2024-12-05 13:40:02',
  ('Jimena Solórzano Paz', 'jimena.solorzano.fidh@gmail.com'),
  [(None, MBOX)], 'FIDH - inscripción Segmento II (fuera de plazo)',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Estimada Secretaría:

Sabemos que el plazo venció anoche, pero la Federación Internacional por los Derechos Humanos (FIDH) solicita respetuosamente ser inscrita en el Segmento II de la plenaria sobre cooperación de esta tarde.

Oradora: Mtra. Jimena Solórzano Paz, responsable de la Oficina para las Américas.

Mil gracias por su comprensión,
Jimena Solórzano Paz
FIDH
"""))]),
  ('LATE', 'FIDH', 'II', 'Mtra. Jimena Solórzano Paz', 'NGO staff on gmail.com; acknowledges the deadline has passed; received 5 Dec 13:40 CET'),
  cc=[(None, FRJ)], tzh=-6, desc='FIDH, Spanish, late')

# ---------------------------------------------------------------- Guyana (late)
M('guy', 'en', '2024-12-05 14:20:05',
  ('Guyana Embassy Brussels', 'embassy.brussels@minfor.gov.gy'),
  [(None, MBOX)], 'Late request - Guyana - Segment I',
  'o365', o365('NAM11-BN8-obe.outbound.protection.outlook.com', 'mail-bn8nam11on2101.outbound.protection.outlook.com',
               '40.107.236.101', 'BY5PR11MB4033', 'namprd11'),
  ('oalt', [('text', T("""
Dear Secretariat,

With apologies for the late request, Guyana would be most grateful to be added to the list of speakers for Segment I of this afternoon's plenary on cooperation, if at all possible.

Speaker: H.E. Mr. Devendra Persaud, Ambassador of Guyana to the Kingdom of Belgium and the Kingdom of the Netherlands.

Regards,
Embassy of the Co-operative Republic of Guyana
Brussels
"""))], 'EN-US'),
  ('LATE', 'GUY', 'I', 'H.E. Mr. Devendra Persaud', 'received 5 Dec 14:20 CET, after the deadline'),
  cc=[(None, FRJ)], desc='Guyana, late')

# ---------------------------------------------------------------- Brazilian diplomat's out-of-office (Portuguese)
M('bra-ooo', 'pt', '2024-12-04 11:50:28',
  ('Albuquerque Sato, Marina', 'marina.sato@itamaraty.gov.br'),
  [('ICC ASP Cooperation Plenary', MBOX)],
  'Resposta automática: Provisional list of speakers - plenary on cooperation (Segment I / Segment II)',
  'exch', BRA_MTA,
  ('oalt', [('text', T("""
Prezado(a),

Estarei fora do escritório de 2 a 6 de dezembro, em missão, com acesso limitado ao correio eletrónico.

Para assuntos relativos à sessão plenária sobre cooperação (Segmento I), queira contatar o Setor Jurídico da Embaixada: juridico.haia@itamaraty.gov.br.

Atenciosamente,
Marina Albuquerque Sato
Embaixada do Brasil na Haia
"""))], 'PT-BR'),
  ('HOLD', '-', '-', '-', 'out-of-office auto-reply (Auto-Submitted) to the provisional list; mentions Segment I; not a request'),
  extra=[('In-Reply-To', '<CAL9yT0s4Hn2Wc8Rq1Kv6Mb0dX3tZ7pE9fJ5uAg2yL1oQ8iVe6k@mail.gmail.com>'),
         ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
         ('X-MS-Exchange-Inbox-Rules-Loop', 'marina.sato@itamaraty.gov.br')],
  clang='pt-BR', desc='Brazilian diplomat, out-of-office')

# ---------------------------------------------------------------- Argentine diplomat's out-of-office (Spanish)
M('arg-ooo', 'es', '2024-12-05 18:30:12',
  ('Sofía Larrañaga', 'slarranaga@mrecic.gob.ar'),
  [('ICC ASP Cooperation Plenary', MBOX)],
  'Respuesta automática: Final list of speakers / Lista final de oradores - plenary on cooperation',
  'o365', o365('NAM11-CO1-obe.outbound.protection.outlook.com', 'mail-co1nam11on2098.outbound.protection.outlook.com',
               '40.107.220.98', 'CO1PR11MB5044', 'namprd11'),
  ('plain', [('text', T("""
Gracias por su mensaje. Me encuentro en la sesión de la Asamblea de los Estados Partes hasta el 7 de diciembre, con acceso limitado al correo.

Para asuntos urgentes, por favor escriba a ejuri@mrecic.gob.ar.

Sofía Larrañaga
Embajada de la República Argentina en los Países Bajos
"""))], 'iso-8859-1', 'quoted-printable'),
  ('HOLD', '-', '-', '-', 'out-of-office auto-reply to the final list; not a request'),
  extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
  clang='es-AR', desc='Argentine diplomat, out-of-office')


# ======================================================================= main
def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    MAILS.sort(key=lambda m: m['order'])
    rows = []
    for i, m in enumerate(MAILS, 1):
        m['n'] = i
        fn = build(m)
        exp, part, seg, spk, note = m['exp']
        rows.append('\t'.join([fn, exp, part, seg, spk, note]))
    with open(os.path.join(HERE, 'expected.tsv'), 'w', encoding='utf-8') as f:
        f.write('# file\texpected\tparticipant\tsegment\tspeaker\tnote\n')
        f.write('\n'.join(rows) + '\n')
    with open(os.path.join(HERE, 'languages.tsv'), 'w', encoding='utf-8') as f:
        f.write('# file\tlanguage\n')
        f.write(''.join('%02d_%s.eml\t%s\n' % (m['n'], m['slug'], m['lang']) for m in MAILS))
    print('wrote %d mails + expected.tsv + languages.tsv' % len(MAILS))


if __name__ == '__main__':
    main()
